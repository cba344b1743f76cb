namespace GraphBuilder.Validation;

/// <summary>
/// One file's quote results, kept for a later check of the same content. Quote checks are the
/// costly part of a re-validation; citations are numbered in the order a file's check visits them,
/// so while the file's content is the same, citation N is the same quote, and its result holds
/// while it is checked against a document with the same path and content. Per citation the
/// document it was checked against and the span found; problems (rare) by number.
/// </summary>
internal sealed record QuoteMemo(Facts.DocumentLoad?[] Documents, QuoteSpan[] Spans, Dictionary<int, QuoteProblem>? Problems);
