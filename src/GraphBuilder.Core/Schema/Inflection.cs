using System.Runtime.CompilerServices;
namespace GraphBuilder.Schema;

/// <summary>
/// Whether a text word is a vocabulary word or one of its regular English inflections, compared
/// case-insensitively without building strings: deny ~ denies, denied, denying; accuse ~ accused,
/// accusation; cut ~ cutting; sanction ~ sanctions. Irregular forms ("held", "said") are listed
/// as words of their own in the vocabulary.
/// </summary>
public static class Inflection
{
    private static readonly string[] Suffixes =
        ["s", "es", "d", "ed", "ing", "ion", "ions", "ation", "ations", "ment", "ments", "er", "ers", "ly"];

    /// <summary>True when <paramref name="word"/> is <paramref name="lemma"/> (lower case) or one of its inflections.</summary>
    [MethodImpl(HotPath.Options)]
    public static bool Matches(ReadOnlySpan<char> word, string lemma)
    {
        if (lemma.Length > 1 && lemma[0] == '-') return word.EndsWith(lemma.AsSpan(1), StringComparison.OrdinalIgnoreCase);
        if (word.Length < lemma.Length - 1) return false;
        if (word.Equals(lemma, StringComparison.OrdinalIgnoreCase)) return true;
        // Inflections only for words long enough to carry one without colliding ("no" is not "nod").
        if (lemma.Length < 3) return false;
        if (Stem(word, lemma, lemma.Length)) return true;
        var last = lemma[^1];
        // accuse -> accus-ing, deny -> deni-ed, cut -> cutt-ing.
        if (last == 'e' && Stem(word, lemma, lemma.Length - 1)) return true;
        if (last == 'y' && word.Length > lemma.Length && char.ToLowerInvariant(word[lemma.Length - 1]) == 'i'
            && word[..(lemma.Length - 1)].Equals(lemma.AsSpan(0, lemma.Length - 1), StringComparison.OrdinalIgnoreCase)
            && IsSuffix(word[lemma.Length..])) return true;
        return !"aeiouy".Contains(last) && word.Length > lemma.Length + 1 && char.ToLowerInvariant(word[lemma.Length]) == last
            && word.StartsWith(lemma, StringComparison.OrdinalIgnoreCase) && IsSuffix(word[(lemma.Length + 1)..]);
    }

    private static bool Stem(ReadOnlySpan<char> word, string lemma, int stem) =>
        word.Length > stem && word.StartsWith(lemma.AsSpan(0, stem), StringComparison.OrdinalIgnoreCase) && IsSuffix(word[stem..]);

    private static bool IsSuffix(ReadOnlySpan<char> rest)
    {
        foreach (var suffix in Suffixes)
            if (rest.Equals(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
