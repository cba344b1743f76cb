namespace GraphBuilder.Validation;

/// <summary>
/// One file's quote results, kept for a later check of the same content. Quote checks are the
/// costly part of a re-validation; citations are numbered in the order a file's check visits them,
/// so while the file's content is the same, citation N is the same quote, and its result holds
/// while it is checked against a document with the same path and content. Per citation the
/// document it was checked against and the span found; problems (rare) by number.
/// </summary>
internal sealed record QuoteMemo(Facts.DocumentLoad?[] Documents, QuoteSpan[] Spans, Dictionary<int, QuoteProblem>? Problems)
{
    private static readonly QuoteMemo Empty = new([], [], null);

    /// <summary>The memo of a file's citation outcomes; empty when the documents were not held (nothing to compare a later check's with).</summary>
    public static QuoteMemo Of(CitationOutcome[] outcomes, bool documentsHeld)
    {
        if (!documentsHeld || outcomes.Length == 0) return Empty;
        var (documents, spans) = (new Facts.DocumentLoad?[outcomes.Length], new QuoteSpan[outcomes.Length]);
        Dictionary<int, QuoteProblem>? problems = null;
        for (var i = 0; i < outcomes.Length; i++)
        {
            (documents[i], spans[i]) = (outcomes[i].Load, outcomes[i].Span);
            if (outcomes[i].Problem is { } problem) (problems ??= [])[i] = problem;
        }
        return new QuoteMemo(documents, spans, problems);
    }
}
