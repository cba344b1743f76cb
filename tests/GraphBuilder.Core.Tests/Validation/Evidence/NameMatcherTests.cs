using GraphBuilder.Facts;
using GraphBuilder.Validation.Evidence;

namespace GraphBuilder.Tests.Validation.Evidence;

public sealed class NameMatcherTests
{
    private static readonly NameMatcher Names = new(
    [
        ("iran", "Iran"), ("iran", "Tehran"), ("iran-mois", "Iran's Ministry of Intelligence"),
        ("united-kingdom", "British government"), ("united-states", "US"), ("iran-mfa", "Foreign Ministry"),
    ]);

    private static string Mentions(string sentence)
    {
        var text = QuoteText.Normalise(sentence);
        return string.Join("; ", Names.FindAll(text).Select(m => $"{m.EntityId} \"{text[m.Start..m.End]}\""));
    }

    [Theory]
    [InlineData("Iran’s Ministry of Intelligence said", "iran-mois \"Iran's Ministry of Intelligence\"")]
    [InlineData("Iran's officials said", "iran \"Iran's\"")]
    [InlineData("Iranian officials said", "")]
    [InlineData("the foreign ministry of Tehran", "iran-mfa \"foreign ministry\"; iran \"Tehran\"")]
    [InlineData("successive British governments", "united-kingdom \"British governments\"")]
    [InlineData("let us see what the US says", "united-states \"US\"")]
    [InlineData("TEHRAN replied", "iran \"TEHRAN\"")]
    public void FindAll_MatchesWholeNames_LongestFirst_CaseInsensitive_WithPluralAndPossessive(string sentence, string expected) =>
        Assert.Equal(expected, Mentions(sentence));
}
