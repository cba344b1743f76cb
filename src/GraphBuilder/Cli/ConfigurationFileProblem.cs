using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphBuilder.Cli;

/// <summary>Turns "Failed to load configuration from file" into <c>path:line:column: message</c>.</summary>
internal static partial class ConfigurationFileProblem
{
    public static string Describe(InvalidDataException exception)
    {
        var file = FilePattern().Match(exception.Message) is { Success: true } m ? m.Groups[1].Value : null;
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException { LineNumber: { } line, BytePositionInLine: { } column } json && file is not null)
                return $"{Facts.DisplayPath.Of(file)}:{line + 1}:{column + 1}: invalid JSON: {FirstSentence(json.Message)}";
        }
        return exception.Message;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    [GeneratedRegex("from file '([^']+)'")]
    private static partial Regex FilePattern();
}
