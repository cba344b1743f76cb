namespace GraphBuilder.Validation;

/// <summary>
/// The words a quote's gap may never skip, because dropping one reverses what the quoted parts
/// say ("did not confirm" → "did ... confirm"). Kept here as one table; docs/seed-format.md lists
/// it. Compared in lower case; any word ending in "n't" (didn't, can't) counts too; "not only" does not.
/// </summary>
internal static class NegationWords
{
    private static readonly HashSet<string> Table = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "without", "neither", "nor", "none", "nobody", "nothing", "nowhere",
        "cannot", "hardly", "scarcely", "barely",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Table.GetAlternateLookup<ReadOnlySpan<char>>();

    // Longer words are never in the table, so only their "n't" ending is lowered.
    private static readonly int Longest = Table.Max(w => w.Length);

    // "not only ... but also": skipping "not only" keeps what the quoted parts say.
    private static bool NotOnly(ReadOnlySpan<char> text, ReadOnlySpan<char> lowered, int end)
    {
        if (lowered is not "not") return false;
        var i = end;
        return Words.Next(text, ref i, out var start) && text[start..i].Equals("only", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first negation among the words of <paramref name="text"/>, or null.</summary>
    public static string? FirstIn(ReadOnlySpan<char> text)
    {
        // Lowered word by word into one small buffer (a gap is checked on every quote with "...").
        Span<char> lower = stackalloc char[Longest];
        for (var i = 0; Words.Next(text, ref i, out var start);)
        {
            var word = text[start..i];
            // Lower-casing maps one character to one, so a word's lowered ending is its ending lowered.
            var ending = word.Length >= 3 ? word[^3..] : word;
            ending.ToLowerInvariant(lower);
            if (lower[..ending.Length] is "n't") return word.ToString();
            if (word.Length <= Longest && Lookup.Contains(lower[..word.ToLowerInvariant(lower)]) && !NotOnly(text, lower[..word.Length], i))
                return word.ToString();
        }
        return null;
    }
}
