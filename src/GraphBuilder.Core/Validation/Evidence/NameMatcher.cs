namespace GraphBuilder.Validation.Evidence;

/// <summary>
/// Finds entity mentions in normalised text: a name or alias as whole words, case-insensitively,
/// optionally followed by a plural or possessive ending ("British governments", "Iran's", "MPs'").
/// At each word the longest name wins, and mentions do not overlap: "Iran's Ministry of
/// Intelligence" mentions the ministry, not Iran. An all-capitals name (an acronym: "US") matches
/// only in capitals, so "us" is not the United States. A name several entities share mentions
/// each of them (one mention per entity, same place). Read-only once built: safe to share.
/// </summary>
public sealed class NameMatcher
{
    private static readonly string[] Endings = ["'s", "s'", "'", "s", "es"];

    // Names keyed by their first two characters (lower case), longest first.
    private readonly Dictionary<int, (string Name, string EntityId, StringComparison Comparison)[]> _byKey;

    /// <param name="names">Each entity id with one of its names (normalised as documents are).</param>
    public NameMatcher(IEnumerable<(string EntityId, string Name)> names)
    {
        _byKey = names.Where(n => n.Name.Length >= 2)
            .DistinctBy(n => (n.Name.ToLowerInvariant(), n.EntityId))
            .GroupBy(n => Key(n.Name))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Name.Length).Select(n => (n.Name, n.EntityId, IsAcronym(n.Name) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)).ToArray());
    }

    /// <summary>Adds the mentions in <c>text[start..end]</c> to <paramref name="into"/>, in text order. Allocates only to grow the list.</summary>
    public void FindAll(string text, int start, int end, List<NameMention> into)
    {
        if (start >= end) return;
        var window = text.AsSpan(0, end);
        for (var i = start; Words.Next(window, ref i, out var wordStart);)
        {
            if (i - wordStart < 1 || wordStart + 2 > end || !_byKey.TryGetValue(Key(window[wordStart..]), out var candidates)) continue;
            var found = -1;
            foreach (var (name, entityId, comparison) in candidates)
            {
                // After the longest match, only names as long (entities that share it) are mentioned too.
                if (found >= 0 && name.Length != found) break;
                if (!window[wordStart..].StartsWith(name, comparison)) continue;
                var after = wordStart + name.Length;
                if (EndOfMention(window, after) is not (var mentionEnd and >= 0)) continue;
                into.Add(new NameMention(wordStart, mentionEnd, entityId));
                found = name.Length;
                // Words inside a mention start no other: skip to its end.
                i = mentionEnd;
            }
        }
    }

    /// <summary>The mentions in the whole text (a convenience for tools).</summary>
    public List<NameMention> FindAll(string text)
    {
        var found = new List<NameMention>();
        FindAll(text, 0, text.Length, found);
        return found;
    }

    // Where a mention ending at `after` ends with its plural or possessive ending, or -1 when the name stops inside a word.
    private static int EndOfMention(ReadOnlySpan<char> text, int after)
    {
        if (!InsideWord(text, after)) return after;
        foreach (var ending in Endings)
            if (text[after..].StartsWith(ending, StringComparison.OrdinalIgnoreCase) && !InsideWord(text, after + ending.Length))
                return after + ending.Length;
        return -1;
    }

    private static bool IsAcronym(string name) => !name.Any(char.IsLower) && name.Count(char.IsUpper) >= 2;

    private static bool InsideWord(ReadOnlySpan<char> text, int at) =>
        at > 0 && at < text.Length && Words.IsWordChar(text[at - 1]) && (Words.IsWordChar(text[at]) || (text[at] is '-' or '\'' && at + 1 < text.Length && Words.IsWordChar(text[at + 1])));

    private static int Key(ReadOnlySpan<char> name) => (char.ToLowerInvariant(name[0]) << 16) | char.ToLowerInvariant(name[1]);
}
