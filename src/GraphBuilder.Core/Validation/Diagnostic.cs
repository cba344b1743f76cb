namespace GraphBuilder.Validation;

/// <summary>One input problem: where it is, what is wrong, and (when obvious) how to fix it.</summary>
public sealed record Diagnostic(SourcePosition Position, string Message, string? Hint = null, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    public bool IsWarning => Severity == DiagnosticSeverity.Warning;

    /// <summary>The evidence rule a warning flags (its message ends "[id]"), so tools need not read it from the text; null otherwise.</summary>
    public Evidence.EvidenceRule? EvidenceRule { get; init; }

    /// <summary>One line, always: a file name or a key holding a line break or another control character shows it escaped.</summary>
    public override string ToString()
    {
        var message = IsWarning ? "warning: " + Message : Message;
        return OneLine(Hint is null ? $"{Position}: {message}" : $"{Position}: {message} ({Hint})");
    }

    /// <summary>
    /// <paramref name="text"/> with control characters written as escapes (\n, \r, \t, \u0007), so it stays on one line, and
    /// invisible or direction-changing ones too (\u202E, \u200B: Unicode format characters and line separators), so a
    /// terminal shows what the text holds rather than what they make it look like.
    /// </summary>
    public static string OneLine(string text)
    {
        if (!text.Any(Hidden)) return text;
        var result = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when Hidden(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return result.ToString();
    }

    private static bool Hidden(char c) => char.IsControl(c) || char.GetUnicodeCategory(c)
        is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator;
}
