namespace GraphBuilder.Validation;

/// <summary>One input problem: where it is, what is wrong, and (when obvious) how to fix it.</summary>
public sealed record Diagnostic(SourcePosition Position, string Message, string? Hint = null, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    public bool IsWarning => Severity == DiagnosticSeverity.Warning;

    public override string ToString()
    {
        var message = IsWarning ? "warning: " + Message : Message;
        return Hint is null ? $"{Position}: {message}" : $"{Position}: {message} ({Hint})";
    }
}
