namespace GraphBuilder.Validation;

/// <summary>
/// The words a quote's gap may never skip, because dropping one reverses what the quoted parts
/// say ("did not confirm" → "did ... confirm"). Kept here as one table; docs/seed-format.md lists
/// it. Compared in lower case; any word ending in "n't" (didn't, can't) counts too.
/// </summary>
internal static class NegationWords
{
    private static readonly HashSet<string> Table = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "without", "neither", "nor", "none", "nobody", "nothing", "nowhere",
        "cannot", "hardly", "scarcely", "barely",
    };

    /// <summary>The first negation among the words of <paramref name="text"/>, or null.</summary>
    public static string? FirstIn(ReadOnlySpan<char> text)
    {
        foreach (var word in Words.Of(text))
        {
            var lower = word.ToLowerInvariant();
            if (Table.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal)) return word;
        }
        return null;
    }
}
