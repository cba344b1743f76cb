using GraphBuilder.Facts;
using GraphBuilder.Validation;

namespace GraphBuilder.Tests.Validation;

/// <summary>Which text counts as the quote's sentence (its words just outside are checked for polarity; gaps stay inside it).</summary>
public sealed class SupportCheckTests
{
    private static string Sentence(string text, string quote)
    {
        var document = SourceDocument.FromText("doc.txt", text);
        Assert.Null(QuoteMatcher.Match(document, quote, out var span));
        var sentence = SupportCheck.Sentences(document, span);
        return document.Text[sentence.Start..sentence.End];
    }

    [Fact]
    public void Sentences_SpanTheQuotesSentence_ThroughAbbreviations()
    {
        Assert.Equal("The U.S. Treasury said on Friday that Iran was behind it. ",
            Sentence("Albania cut ties. The U.S. Treasury said on Friday that Iran was behind it. Iran denied it.", "said on Friday that Iran"));
    }
}
