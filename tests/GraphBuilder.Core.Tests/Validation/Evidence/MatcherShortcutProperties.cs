using CsCheck;
using GraphBuilder.Schema;
using GraphBuilder.Validation.Evidence;

namespace GraphBuilder.Tests.Validation.Evidence;

/// <summary>
/// The evidence matchers skip work by shortcuts (names bucketed and filtered by where a name can end,
/// phrase entries passed over by their third letter or last letter); these pin that a shortcut never
/// changes what is found, against plain reference readings of the documented rules.
/// </summary>
public sealed class MatcherShortcutProperties
{
    private static readonly string[] NamePool =
    [
        "Iran", "Iran's Ministry of Intelligence", "US", "U.S.", "Foreign Ministry", "British government",
        "Tehran", "Tirana", "Albania", "Al-Qaeda", "al", "MPs", "Ministry", "Intelligence Ministry", "Iranian",
        "Astqua", "Astquas", "é Ville", "Ünal", "O'Brien", "NATO", "Nato summit", "IranAir",
    ];

    private static readonly string[] Filler =
        [" ", " ", ", ", ". ", "'s", "s", "es", "'", "-", "s'", " the ", " and ", " said ", " 2022 ", "é", "x", "IRAN", "iran", "us", "ministry", "?"];

    private static readonly Gen<string> Text =
        Gen.OneOf(Pick(NamePool), Pick(Filler)).Array[0, 14].Select(parts => string.Concat(parts));

    private static readonly Gen<(string EntityId, string Name)[]> Names =
        Gen.Select(Gen.Int[0, 5], Pick(NamePool), (entity, name) => ($"e{entity}", name)).Array[1, 12];

    [Fact]
    public void NameMatcher_FindsWhatAPlainScanOfEveryNameFinds()
    {
        Gen.Select(Names, Text).Sample((names, text) =>
        {
            var found = new NameMatcher(names).FindAll(text).Select(m => (m.Start, m.End, m.EntityId));
            Assert.Equal(ReferenceMentions(names, text), found);
        }, iter: 3000);
    }

    [Fact]
    public void Inflection_OfALemmaOfFourOrMoreLetters_KeepsItsThirdLetter_AndASuffixEntryItsLastLetter()
    {
        var lemmas = Pick("accuse", "deny", "blame", "sanction", "cut", "condemn", "attribute", "host", "support", "no one", "-n't", "-led");
        var words = Pick("accused", "accusation", "accusing", "denied", "denies", "blamed", "sanctions", "cutting", "condemns",
            "attributed", "hosting", "supporters", "didn't", "can't", "Iran-led", "ACCUSES", "acx", "ac", "deny", "DENYING", "hostly", "cuts", "su", "sup");
        Gen.Select(lemmas, words).Sample((lemma, word) =>
        {
            if (!Inflection.Matches(word, lemma)) return;
            if (lemma[0] == '-') Assert.Equal(lemma[^1], char.ToLowerInvariant(word[^1]));
            else if (lemma.Length >= 4) Assert.Equal(lemma[2], char.ToLowerInvariant(word[2]));
        }, iter: 2000);
    }

    private static Gen<string> Pick(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    // The documented rule, read plainly: at each word start every name is tried, longest first (input order among
    // equals); a name matches as whole words or followed by a plural or possessive ending; after a match only names
    // as long are tried there, and the next word starts after the mention.
    private static List<(int, int, string)> ReferenceMentions((string EntityId, string Name)[] names, string text)
    {
        var ordered = names.Where(n => n.Name.Length >= 2).DistinctBy(n => (n.Name.ToLowerInvariant(), n.EntityId))
            .OrderByDescending(n => n.Name.Length).ToList();
        var found = new List<(int, int, string)>();
        for (var i = 0; GraphBuilder.Validation.Words.Next(text, ref i, out var start);)
        {
            var length = -1;
            foreach (var (entityId, name) in ordered)
            {
                if (length >= 0 && name.Length != length) break;
                var acronym = !name.Any(char.IsLower) && name.Count(char.IsUpper) >= 2;
                if (!text.AsSpan(start).StartsWith(name, acronym ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)) continue;
                var end = EndOfMention(text, start + name.Length);
                if (end < 0) continue;
                found.Add((start, end, entityId));
                length = name.Length;
                i = end;
            }
        }
        return found;
    }

    private static int EndOfMention(string text, int after)
    {
        if (!InsideWord(text, after)) return after;
        foreach (var ending in new[] { "'s", "s'", "'", "s", "es" })
            if (text.AsSpan(after).StartsWith(ending, StringComparison.OrdinalIgnoreCase) && !InsideWord(text, after + ending.Length))
                return after + ending.Length;
        return -1;
    }

    private static bool InsideWord(string text, int at) =>
        at > 0 && at < text.Length && char.IsLetterOrDigit(text[at - 1])
        && (char.IsLetterOrDigit(text[at]) || (text[at] is '-' or '\'' && at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1])));
}
