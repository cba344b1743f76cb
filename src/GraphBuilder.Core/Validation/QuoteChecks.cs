namespace GraphBuilder.Validation;

/// <summary>A file check's walk through its citations' outcomes (<see cref="DocumentChecks"/>), and its evidence counts. Not thread-safe: one per file check.</summary>
internal sealed class QuoteChecks(CitationOutcome[] outcomes)
{
    private int _next;

    /// <summary>The file's evidence counts so far.</summary>
    public EvidenceTally Tally { get; set; } = EvidenceTally.None;

    /// <summary>The outcome of the next citation visited; every citation takes one, checked or not.</summary>
    public CitationOutcome Next() => outcomes[_next++];
}
