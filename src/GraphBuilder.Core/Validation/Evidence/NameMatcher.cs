using System.Buffers;
using System.Runtime.CompilerServices;

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

    // The characters an ending starts with, either case: most positions inside a word are turned away by one test.
    private static readonly SearchValues<char> EndingStarts =
        SearchValues.Create([.. Endings.SelectMany(e => new[] { char.ToLowerInvariant(e[0]), char.ToUpperInvariant(e[0]) }).Distinct()]);

    // Names keyed by a hash of their first characters (lower case): a name of fewer than MaxKey characters by all of
    // them, a longer one by its first MaxKey. Each word then probes a handful of small buckets instead of scanning every
    // name that shares its first two letters (thousands in a large corpus). _byKey[k] holds the names keyed by k characters.
    private const int MaxKey = 8;
    private readonly Dictionary<ulong, (string Name, string EntityId, StringComparison Comparison)[]>[] _byKey;

    // One bit per (key length, key) in use, so most probes are answered without a dictionary lookup.
    private const int FilterBits = 18;
    private readonly ulong[] _filter = new ulong[(1 << FilterBits) / 64];

    /// <param name="names">Each entity id with one of its names (normalised as documents are).</param>
    public NameMatcher(IEnumerable<(string EntityId, string Name)> names)
    {
        // Plain loops rather than LINQ: built once per validation, before any document is checked, on one core.
        var seen = new HashSet<(string, string)>();
        var buckets = new Dictionary<ulong, List<(string Name, string EntityId, StringComparison Comparison)>>[MaxKey + 1];
        for (var k = 0; k <= MaxKey; k++) buckets[k] = [];
        foreach (var (entityId, name) in names)
        {
            if (name.Length < 2 || !seen.Add((name.ToLowerInvariant(), entityId))) continue;
            var k = Math.Min(name.Length, MaxKey);
            var key = Key(name, k);
            if (!buckets[k].TryGetValue(key, out var bucket)) buckets[k][key] = bucket = [];
            bucket.Add((name, entityId, IsAcronym(name) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));
        }
        _byKey = new Dictionary<ulong, (string, string, StringComparison)[]>[MaxKey + 1];
        for (var k = 0; k <= MaxKey; k++)
        {
            _byKey[k] = new Dictionary<ulong, (string, string, StringComparison)[]>(buckets[k].Count);
            foreach (var (key, bucket) in buckets[k])
            {
                // Longest first; names of one length keep the order they came in (OrderByDescending is stable).
                _byKey[k][key] = bucket.Count == 1 ? [bucket[0]] : [.. bucket.OrderByDescending(n => n.Name.Length)];
                var bit = FilterBit(key, k);
                _filter[bit >> 6] |= 1UL << bit;
            }
        }
    }

    /// <summary>Adds the mentions in <c>text[start..end]</c> to <paramref name="into"/>, in text order. Allocates only to grow the list.</summary>
    [MethodImpl(HotPath.Options)]
    public void FindAll(string text, int start, int end, List<NameMention> into)
    {
        if (start >= end) return;
        var window = text.AsSpan(0, end);
        Span<ulong> keys = stackalloc ulong[MaxKey + 1];
        for (var i = start; Words.Next(window, ref i, out var wordStart);)
        {
            if (i - wordStart < 1 || wordStart + 2 > end) continue;
            // The buckets a name here can be in, longest keys first: names come out longest first, as one list would.
            var longest = Math.Min(MaxKey, end - wordStart);
            var hash = 0UL;
            for (var k = 1; k <= longest; k++) keys[k] = hash = Step(hash, window[wordStart + k - 1]);
            var found = -1;
            for (var k = longest; k >= 2 && found < 0; k--)
            {
                // A name shorter than the key is all of it, so it ends k characters on: skip lengths that cannot end a mention.
                if (k < MaxKey && EndOfMention(window, wordStart + k) < 0) continue;
                var bit = FilterBit(keys[k], k);
                if ((_filter[bit >> 6] & (1UL << bit)) == 0 || !_byKey[k].TryGetValue(keys[k], out var candidates)) continue;
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
    }

    /// <summary>The mentions in the whole text (a convenience for tools).</summary>
    public List<NameMention> FindAll(string text)
    {
        var found = new List<NameMention>();
        FindAll(text, 0, text.Length, found);
        return found;
    }

    // Where a mention ending at `after` ends with its plural or possessive ending, or -1 when the name stops inside a word.
    [MethodImpl(HotPath.Options)]
    private static int EndOfMention(ReadOnlySpan<char> text, int after)
    {
        if (!InsideWord(text, after)) return after;
        if (!EndingStarts.Contains(text[after])) return -1;
        foreach (var ending in Endings)
            if (text[after..].StartsWith(ending, StringComparison.OrdinalIgnoreCase) && !InsideWord(text, after + ending.Length))
                return after + ending.Length;
        return -1;
    }

    private static bool IsAcronym(string name)
    {
        var upper = 0;
        foreach (var c in name)
            if (char.IsLower(c)) return false;
            else if (char.IsUpper(c)) upper++;
        return upper >= 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InsideWord(ReadOnlySpan<char> text, int at) =>
        at > 0 && at < text.Length && Words.IsWordChar(text[at - 1]) && (Words.IsWordChar(text[at]) || (text[at] is '-' or '\'' && at + 1 < text.Length && Words.IsWordChar(text[at + 1])));

    private static ulong Key(string name, int length)
    {
        var hash = 0UL;
        for (var k = 0; k < length; k++) hash = Step(hash, name[k]);
        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterBit(ulong key, int length) => (int)((key ^ (ulong)length) * 0x9E3779B97F4A7C15UL >> (64 - FilterBits));

    // Case-insensitive; a collision only costs a comparison, which StartsWith makes anyway.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ulong hash, char c) => (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
}
