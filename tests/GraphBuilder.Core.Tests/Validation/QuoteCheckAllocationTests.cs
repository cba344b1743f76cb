using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Testing;
using GraphBuilder.Validation;
using GraphBuilder.Validation.Evidence;

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
    public void EvidenceCheck_AllocatesNothing_ForACitationThatPasses()
    {
        const string quote = "Albania accused Iran of the cyberattack against its government systems";
        Assert.Null(QuoteMatcher.Match(Document, quote, out var span));
        var vocabulary = VocabularyLoader.LoadFromFolder(RepoPaths.Schema);
        var check = new EvidenceCheck(vocabulary, new NameMatcher([("albania", "Albania"), ("iran", "Iran")]));
        var claim = new EvidenceCheck.Claim(vocabulary.RelationshipTypes["ACCUSES"], "albania", ["Albania"], "iran", ["Iran"]);
        var flags = new List<EvidenceFlag>();
        check.Check(new EvidenceCheck.Cited(Document, quote, span, null, null), claim, flags);
        Assert.Empty(flags);
        Assert.Equal(0, Allocated(() => check.Check(new EvidenceCheck.Cited(Document, quote, span, null, null), claim, flags)));
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
