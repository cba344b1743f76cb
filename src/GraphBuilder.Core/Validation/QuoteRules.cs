using GraphBuilder.Facts;

namespace GraphBuilder.Validation;

/// <summary>The quote rules validation applies, for tools that suggest quotes (the CLI's <c>find</c>): one place owns them.</summary>
public static class QuoteRules
{
    /// <summary>True when <paramref name="quote"/>, cited from <paramref name="document"/>, passes every check validation makes of a quote's text.</summary>
    public static bool Holds(SourceDocument document, string quote) => QuoteMatcher.Match(document, quote, out _) is null;
}
