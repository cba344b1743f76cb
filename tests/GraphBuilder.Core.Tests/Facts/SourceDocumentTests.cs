using GraphBuilder.Facts;

namespace GraphBuilder.Tests.Facts;

public sealed class SourceDocumentTests
{
    private static readonly SourceDocument Document = SourceDocument.FromText("documents/report.txt", """
        Albania accused Iran of the cyberattack against its government systems.
        Iran’s foreign ministry called the claim “baseless”    and
        rejected it.
        """);

    [Theory]
    [InlineData("Albania accused Iran")]
    [InlineData("Iran's foreign ministry called the claim \"baseless\" and rejected it.")]
    [InlineData("Iran’s  foreign\tministry")]
    [InlineData("  Albania accused Iran  ")]
    [InlineData("Albania accused Iran ... rejected it.")]
    [InlineData("Albania accused Iran…rejected it.")]
    [InlineData("Albania ... the cyberattack ... \"baseless\"")]
    public void Contains_MatchesQuotes_AfterNormalisingWhitespaceQuotesAndGaps(string quote) => Assert.True(Document.Contains(quote));

    [Fact]
    public void FindMismatch_ReturnsThePart_FoundOnlyOutOfOrder()
    {
        Assert.Equal("Albania accused Iran", Document.FindMismatch("rejected it. ... Albania accused Iran"));
    }

    [Fact]
    public void FindMismatch_ReturnsTheNormalisedQuote_WhenNotInTheDocument()
    {
        Assert.Equal("Albania accused Iran of a missile strike", Document.FindMismatch("Albania  accused Iran of a missile strike"));
        Assert.Equal("Albania accused Iran of ".Length, Document.LongestMatchingPrefix("Albania accused Iran of a missile strike"));
    }

    [Fact]
    public void Contains_IsCaseSensitive() => Assert.False(Document.Contains("albania accused iran"));

    [Theory]
    [InlineData("...")]
    [InlineData("…")]
    [InlineData(" ... ... ")]
    public void Contains_RejectsQuotes_MadeOnlyOfGaps(string quote) => Assert.False(Document.Contains(quote));
}
