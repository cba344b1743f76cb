using GraphBuilder.Facts;

namespace GraphBuilder.Validation;

/// <summary>The quote rules validation applies, for tools that suggest quotes and source fields (the CLI's <c>find</c>, <c>suggest</c>, <c>add source</c>): one place owns them.</summary>
public static class QuoteRules
{
    /// <summary>True when <paramref name="quote"/>, cited from <paramref name="document"/>, passes every check validation makes of a quote's text.</summary>
    public static bool Holds(SourceDocument document, string quote) => QuoteMatcher.Match(document, quote, out _) is null;

    /// <summary>The normal form quotes and documents are compared in (whitespace, typographic quotes, dashes folded).</summary>
    public static string Normalise(string text) => QuoteText.Normalise(text);

    /// <summary>True when <paramref name="text"/> occurs in the document as whole words: how a source's dateline and credit are checked.</summary>
    public static bool Occurs(SourceDocument document, string text) => QuoteMatcher.Occurs(document, text);
}
