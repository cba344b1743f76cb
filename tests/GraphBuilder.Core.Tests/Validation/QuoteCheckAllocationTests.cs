using GraphBuilder.Facts;
using GraphBuilder.Validation;

namespace GraphBuilder.Tests.Validation;

/// <summary>
/// A quote check runs for every citation of a corpus, so the checks of a quote that holds build no
/// objects (issue 6: "avoid per-fact allocations in quote checking"). Counted in bytes allocated on
/// the test's thread, which the same code always makes the same: not a timing.
/// </summary>
public sealed class QuoteCheckAllocationTests
{
    private static readonly SourceDocument Document = SourceDocument.FromText("doc.txt", """
        Albania accused Iran of the cyberattack against its government systems, officials said on Monday.
        Iran’s foreign ministry called the claim “baseless” and rejected it.
        """);

    private static long Allocated(Action check)
    {
        check();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++) check();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Theory]
    [InlineData("Albania accused Iran of the cyberattack")]
    [InlineData("Iran's foreign ministry called the claim \"baseless\"")]
    [InlineData("officials said on Monday")]
    [InlineData("Albania accused Iran ... its government systems")]
    [InlineData("Iran’s foreign ministry … “baseless” and rejected it.")]
    public void Match_AllocatesNothing_ForANormalisedQuoteThatHolds(string quote)
    {
        var normal = QuoteText.Normalise(quote);
        Assert.Null(QuoteMatcher.Match(Document, normal, out _));
        Assert.Equal(0, Allocated(() => QuoteMatcher.Match(Document, normal, out _)));
    }

    [Fact]
    public void SupportCheck_AllocatesNothing()
    {
        Assert.Null(QuoteMatcher.Match(Document, "Albania accused Iran of the cyberattack", out var span));
        IReadOnlyList<string> names = ["Tirana", "Albania"];
        Assert.Equal(0, Allocated(() => SupportCheck.Names(Document.Text, SupportCheck.Sentences(Document, span), names)));
    }

    [Fact]
    public void WordCountsAndNegations_AllocateNothing_WhenThereIsNoNegation()
    {
        Assert.Equal(0, Allocated(() => Words.Count(Document.Text)));
        Assert.Equal(0, Allocated(() => NegationWords.FirstIn(Document.Text)));
    }

    [Theory]
    [InlineData("It did NOT happen", "NOT")]
    [InlineData("They Didn't say", "Didn't")]
    [InlineData("Nobody-else said it", null)]
    [InlineData("notwithstanding the cannot-do spirit", null)]
    [InlineData("It was SCARCELY true", "SCARCELY")]
    [InlineData("The Kelvin sign: \u212Aelvin, then nothing", "nothing")]
    public void NegationWords_ComparesEachWordInLowerCase(string text, string? negation) =>
        Assert.Equal(negation, NegationWords.FirstIn(text));
}
