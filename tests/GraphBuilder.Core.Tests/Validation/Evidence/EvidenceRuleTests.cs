using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Testing;
using GraphBuilder.Validation;
using GraphBuilder.Validation.Evidence;

namespace GraphBuilder.Tests.Validation.Evidence;

/// <summary>Each evidence rule's valid and invalid cases, with the exact message, on one small report (the shipped vocabulary's tables).</summary>
public sealed class EvidenceRuleTests
{
    private static readonly Vocabulary Shipped = VocabularyLoader.LoadFromFolder(RepoPaths.Schema);

    private static readonly NameMatcher Names = new(
    [
        ("albania", "Albania"), ("albania", "Tirana"), ("iran", "Iran"), ("iran", "Tehran"), ("nato", "NATO"),
        ("united-states", "United States"), ("israel", "Israel"), ("edi-rama", "Edi Rama"), ("iran-mfa", "Iran's foreign ministry"),
    ]);

    private static readonly SourceDocument Report = SourceDocument.FromText("doc.txt", """
        Albania accuses Iran of cyberattack

        Albania accused Iran of the cyberattack on Monday, Prime Minister Edi Rama said. Iran was accused by Albania of the attack.
        Officials in Tehran usually blame the United States and Israel for such attacks.

        NATO did not accuse Iran of the attack. Iran's foreign ministry denied that Tehran was behind the attack.
        Did Iran attack Albania in 2021? The United States condemned Iran and backed Albania.

        He said that Iran attacked Albania. Edi Rama spoke in Tirana on Monday. He accused Tehran of the attack.
        """);

    private static string Flags(string type, string subject, string @object, string quote, string? context = null, (int, int)? body = null, (int, int)? years = null)
    {
        Assert.Null(QuoteMatcher.Match(Report, quote, out var span));
        QuoteSpan? contextSpan = null;
        if (context is not null)
        {
            Assert.Null(QuoteMatcher.Match(Report, context, out var found));
            contextSpan = found;
        }
        var flags = new List<EvidenceFlag>();
        new EvidenceCheck(Shipped, Names).Check(
            new EvidenceCheck.Cited(Report, quote, span, context, contextSpan) { Body = body },
            new EvidenceCheck.Claim(Shipped.RelationshipTypes[type], subject, [subject], @object, [@object]) { Years = years },
            flags);
        return string.Join(" | ", flags.Select(f => $"[{f.Rule.Id}] {f.Message}"));
    }

    [Theory]
    [InlineData("ACCUSES", "albania", "iran", "Albania accused Iran of the cyberattack on Monday", "")]
    [InlineData("ACCUSES", "edi-rama", "iran", "Albania accused Iran of the cyberattack on Monday, Prime Minister Edi Rama said.", "")]
    [InlineData("ACCUSES", "albania", "iran", "Iran was accused by Albania of the attack.", "")]
    [InlineData("ACCUSES", "iran", "israel", "Officials in Tehran usually blame the United States and Israel", "")]
    [InlineData("SUPPORTS", "united-states", "albania", "The United States condemned Iran and backed Albania.", "")]
    [InlineData("ACCUSES", "edi-rama", "iran", "He accused Tehran of the attack.", "", "Edi Rama spoke in Tirana on Monday.")]
    public void HonestCitations_PassCleanly(string type, string subject, string @object, string quote, string expected, string? context = null) =>
        Assert.Equal(expected, Flags(type, subject, @object, quote, context));

    [Theory]
    [InlineData("ACCUSES", "iran", "albania", "Albania accused Iran of the cyberattack on Monday",
        "[direction] quote reads as: albania ACCUSES iran, not iran ACCUSES albania")]
    [InlineData("ACCUSES", "iran", "albania", "Iran was accused by Albania of the attack.",
        "[direction] quote reads as: albania ACCUSES iran, not iran ACCUSES albania")]
    [InlineData("ACCUSES", "united-states", "israel", "Officials in Tehran usually blame the United States and Israel",
        "[direction] quote reads as: iran ACCUSES united-states, not united-states ACCUSES israel")]
    [InlineData("SANCTIONS", "albania", "iran", "Albania accused Iran of the cyberattack on Monday",
        "[cue] quote has no word for SANCTIONS (sanction, impose sanctions, blacklist, designate, freeze, penalise, ...)")]
    [InlineData("ACCUSES", "edi-rama", "iran", "accused Iran of the cyberattack on Monday",
        "[names] quote does not name the subject 'edi-rama' (\"edi-rama\")")]
    [InlineData("DENIES", "iran", "albania", "Iran's foreign ministry denied that Tehran was behind the attack.",
        "[names] quote does not name the object 'albania' (\"albania\")")]
    [InlineData("ACCUSES", "nato", "iran", "accuse Iran of the attack.",
        "[names] quote does not name the subject 'nato' (\"nato\") | [polarity] the quote's sentence has \"not\" (negation) just before the quote")]
    [InlineData("ACCUSES", "iran-mfa", "iran", "Tehran was behind the attack.",
        "[names] quote does not name the subject 'iran-mfa' (\"iran-mfa\") | [polarity] the quote's sentence has \"denied\" (denial) just before the quote")]
    [InlineData("ACCUSES", "albania", "iran", "Did Iran attack Albania in 2021?",
        "[cue] quote has no word for ACCUSES (accuse, blame, attribute, hold * accountable, held * accountable, call for * to be held accountable, ...) | [question] quote is from a question, not an assertion")]
    public void ForgedCitations_AreFlagged_WithTheirRule(string type, string subject, string @object, string quote, string expected) =>
        Assert.Equal(expected, Flags(type, subject, @object, quote));

    [Fact]
    public void AContext_AfterTheQuote_OrWithAGap_IsFlagged()
    {
        const string Unnamed = " | [names] quote does not name the subject 'edi-rama' (\"edi-rama\")";
        Assert.Equal("[context] context does not come before the quote (context at line 9, quote at line 9)" + Unnamed,
            Flags("ACCUSES", "edi-rama", "iran", "He said that Iran attacked Albania.", context: "Edi Rama spoke in Tirana on Monday."));
        Assert.Equal("[context] context has a gap (context at line 9, quote at line 9)" + Unnamed,
            Flags("ACCUSES", "edi-rama", "iran", "He accused Tehran of the attack.", context: "Edi Rama spoke ... on Monday."));
    }

    [Fact]
    public void AQuote_OutsideTheBody_OrNamingAnotherYear_IsFlagged()
    {
        Assert.Equal("[body] quote is from line 1, outside the report's body (lines 3-9)",
            Flags("ACCUSES", "albania", "iran", "Albania accuses Iran of cyberattack", body: (3, 9)));
        Assert.Equal("[year] quote names the year 2021, the fact is dated 2022 | [question] quote is from a question, not an assertion",
            Flags("ACCUSES", "albania", "iran", "Did Iran attack Albania in 2021?", years: (2022, 2022))
                .Replace("[cue] quote has no word for ACCUSES (accuse, blame, attribute, hold * accountable, held * accountable, call for * to be held accountable, ...) | ", "", StringComparison.Ordinal));
    }
}
