using GraphBuilder.Facts;
using GraphBuilder.Validation;

namespace GraphBuilder.Tests.Validation;

/// <summary>Which text counts as the quote's sentence, and what counts as naming a party.</summary>
public sealed class SupportCheckTests
{
    private static bool Names(string text, string quote, params string[] names)
    {
        var document = SourceDocument.FromText("doc.txt", text);
        Assert.Null(QuoteMatcher.Match(document, quote, out var span));
        return SupportCheck.Names(document.Text, SupportCheck.Sentences(document, span), names);
    }

    [Fact]
    public void Names_SearchesTheWholeSentence_ThroughAbbreviations()
    {
        Assert.True(Names("The U.S. Treasury said on Friday that Iran was behind it.", "said on Friday that Iran", "U.S."));
        Assert.False(Names("Albania cut ties. The U.S. Treasury said on Friday that Iran was behind it.", "said on Friday that Iran", "Albania"));
    }

    [Fact]
    public void Names_MatchesWholeWords_CaseSensitively_WithAPossessive()
    {
        Assert.True(Names("Officials said Iran's hackers did it.", "Officials said Iran's hackers", "Iran"));
        Assert.False(Names("Officials said Iranian hackers did it.", "Officials said Iranian hackers", "Iran"));
        Assert.False(Names("Officials told us the hackers did it.", "Officials told us the hackers", "US"));
        Assert.False(Names("An anti-Iran group did it, officials said.", "group did it, officials said", "Iran"));
    }
}
