namespace GraphBuilder.Validation;

/// <summary>Where a matched quote lies in its document's normal form: its first part's start to its last part's end.</summary>
internal readonly record struct QuoteSpan(int Start, int End);
