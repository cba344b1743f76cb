namespace GraphBuilder.Validation;

/// <summary>One input problem: where it is, what is wrong, and (when obvious) how to fix it.</summary>
public sealed record Diagnostic(SourcePosition Position, string Message, string? Hint = null)
{
    public override string ToString() =>
        Hint is null ? $"{Position}: {Message}" : $"{Position}: {Message} ({Hint})";
}
