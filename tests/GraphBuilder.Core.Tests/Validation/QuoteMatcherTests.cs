using GraphBuilder.Facts;
using GraphBuilder.Validation;

namespace GraphBuilder.Tests.Validation;

/// <summary>The elision rules at their bounds, on small documents.</summary>
public sealed class QuoteMatcherTests
{
    private static readonly string Thirty = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"w{i}"));

    private static string? Problem(string text, string quote)
    {
        var problem = QuoteMatcher.Match(SourceDocument.FromText("doc.txt", text), quote, out _);
        return problem is null ? null : problem.MissingPart is { } missing ? "not found: " + missing : problem.Message;
    }

    private const string Report = """
        Albania accused Iran of the cyberattack against its government systems.
        Iran’s foreign ministry called the claim “baseless”    and
        rejected it.
        """;

    [Theory]
    [InlineData("Albania accused Iran of the cyberattack")]
    [InlineData("Iran's foreign ministry called the claim \"baseless\" and rejected it.")]
    [InlineData("Iran’s  foreign\tministry called")]
    [InlineData("  Albania accused Iran of  ")]
    [InlineData("Albania accused Iran ... government systems.")]
    [InlineData("Iran's foreign ministry…rejected it.")]
    [InlineData("Iran's foreign ministry [...] rejected it.")]
    [InlineData("Iran's foreign ministry . . . rejected it.")]
    [InlineData("... foreign ministry called the claim ... and rejected it.")]
    [InlineData("Albania accused ... the cyberattack ... its government systems.")]
    public void Match_FindsQuotes_AfterNormalisingWhitespaceQuotesAndGaps(string quote) => Assert.Null(Problem(Report, quote));

    [Theory]
    [InlineData("Albania accused Iran ... rejected it.", "the gap after \"Albania accused Iran\" crosses into another sentence of doc.txt")]
    [InlineData("Albania accused ... the cyberattack ... called the claim \"baseless\"", "the gap after \"the cyberattack\" crosses into another sentence of doc.txt")]
    public void Match_RejectsAGap_ThatCrossesASentence(string quote, string message) => Assert.Equal(message, Problem(Report, quote));

    [Theory]
    [InlineData("The minister said: ... we will respond", "The minister said: ... we will respond firmly.")]
    [InlineData("He wrote \"no ... never\" in reply", "He wrote \"no ... never\" in reply, officials said.")]
    public void Match_AcceptsAQuote_ThatCopiesTheDocumentsOwnEllipsis(string quote, string text) => Assert.Null(Problem(text, quote));

    [Fact]
    public void Match_LetsAGapSkip_NotOnly() =>
        Assert.Null(Problem("Iran's ministry not only rejected the claim but also condemned Albania.", "Iran's ministry ... rejected the claim but also condemned Albania."));

    [Theory]
    [InlineData("Tehran\u2019s reply was firm", "Tehran\u02BCs reply was firm")]
    [InlineData("the cyber\u2013attack on Albania", "the cyber-attack on Albania")]
    [InlineData("Ste\u0301phane Dujarric said so", "St\u00E9phane Dujarric said so")]
    [InlineData("\u0416\u0301 stays as it was", "\u0416\u0301 stays as it was")]
    public void Match_FoldsApostrophesDashesAndAccents(string document, string quote) => Assert.Null(Problem(document, quote));

    [Theory]
    [InlineData("rejected it. ... Albania accused Iran", "not found: Albania accused Iran")]
    [InlineData("Albania  accused Iran of a missile strike", "not found: Albania accused Iran of a missile strike")]
    [InlineData("albania accused iran of the cyberattack", "not found: albania accused iran of the cyberattack")]
    [InlineData(" ... ... ", "not found: ... ...")]
    [InlineData("…", "not found: ...")]
    public void Match_SaysWhichPartIsMissing_OutOfOrder_CaseSensitively(string quote, string problem) => Assert.Equal(problem, Problem(Report, quote));

    [Fact]
    public void Match_AllowsAGap_OfThirtyWords_AcrossALineBreak()
    {
        Assert.Null(Problem($"Albania said on Monday {Thirty}\nthat Iran was behind it.", "Albania said on Monday ... that Iran was behind it."));
        Assert.Equal("the gap after \"Albania said on\" skips 31 words of doc.txt (at most 30)",
            Problem($"Albania said on Monday {Thirty}\nthat Iran was behind it.", "Albania said on ... that Iran was behind it."));
    }

    [Fact]
    public void Match_RejectsAGap_AcrossABlankLine()
    {
        Assert.Equal("the gap after \"Albania said on Monday\" crosses into another paragraph of doc.txt",
            Problem("Albania said on Monday\n\nthat Iran was behind it.", "Albania said on Monday ... that Iran was behind it."));
    }

    [Theory]
    [InlineData("didn't", "didn't")]
    [InlineData("never", "never")]
    [InlineData("nor", "nor")]
    [InlineData("without", "without")]
    public void Match_RejectsAGap_SkippingANegation(string negation, string reported) =>
        Assert.Equal($"the gap after \"The ministry said it\" skips the negation \"{reported}\"",
            Problem($"The ministry said it {negation} confirm the claim made by Albania.", "The ministry said it ... confirm the claim made by Albania."));

    [Fact]
    public void Match_TakesALaterOccurrence_WhenTheFirstBreaksARule()
    {
        // The first "accused Iran" sits inside a longer word; the second is whole and close.
        Assert.Null(Problem("Reaccused Iranians. Albania then accused Iran of the attack.", "Albania then ... accused Iran of the attack."));
    }

    [Fact]
    public void Match_RejectsHyphenatedAndPossessiveFragments()
    {
        Assert.Equal("quote starts inside the word \"cyber-attack\" in doc.txt", Problem("It was a cyber-attack on the state.", "attack on the state."));
        Assert.Equal("quote ends inside the word \"Iran's\" in doc.txt", Problem("They then blamed Iran's ministry for it.", "They then blamed Iran"));
    }
}
