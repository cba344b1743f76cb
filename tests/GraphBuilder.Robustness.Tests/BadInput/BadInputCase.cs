using System.Text.Json;
using GraphBuilder.Testing;

namespace GraphBuilder.Robustness.Tests.BadInput;

/// <summary>One row of tests/fixtures/bad-input/cases.json: a crafted input and the diagnostic it must produce.</summary>
public sealed record BadInputCase(string Case, string What, string File, int Line, int Column, string Message, bool Generated = false)
{
    public static string Folder { get; } = RepoPaths.File("tests", "fixtures", "bad-input");

    public static IReadOnlyList<BadInputCase> All { get; } = Load();

    /// <summary>The <c>path:line:column: </c> prefix the diagnostic line starts with.</summary>
    public string Position => $"{File}:{Line}:{Column}: ";

    public override string ToString() => Case;

    private static BadInputCase[] Load()
    {
        using var stream = System.IO.File.OpenRead(Path.Combine(Folder, "cases.json"));
        var manifest = JsonSerializer.Deserialize<Manifest>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                       ?? throw new InvalidDataException("cases.json is empty");
        return manifest.Cases;
    }

    private sealed record Manifest(string About, BadInputCase[] Cases);
}
