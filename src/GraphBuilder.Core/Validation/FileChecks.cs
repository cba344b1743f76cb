namespace GraphBuilder.Validation;

/// <summary>One file's own checks, split by record kind so a full pass's order can be rebuilt, its quote results and evidence tally.</summary>
internal sealed record FileChecks(IReadOnlyList<Diagnostic> Sources, IReadOnlyList<Diagnostic> Entities, IReadOnlyList<Diagnostic> Facts, QuoteMemo Quotes)
{
    /// <summary>What the file's evidence checks saw.</summary>
    public EvidenceTally Evidence { get; init; } = EvidenceTally.None;
}
