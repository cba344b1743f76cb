using System.Runtime.CompilerServices;
using GraphBuilder.Schema;

namespace GraphBuilder.Validation.Evidence;

/// <summary>
/// Finds the phrases of a table (cues, polarity words) in normalised text, word by word and
/// case-insensitively, with each word's inflections (<see cref="Inflection"/>). Entries are keyed by
/// their first word's first two letters, so a text word is compared with a handful of them.
/// Read-only once built: safe to share between threads.
/// </summary>
public sealed class PhraseTable<T>
{
    // An entry with its first word at hand (the phrase's list is read through an interface).
    private readonly record struct Entry(string First, Phrase Phrase, T Value);

    private readonly Dictionary<int, Entry[]> _byKey;
    // The same entries for first words starting with two ASCII characters, indexed directly: most text words are.
    private readonly Entry[]?[] _ascii = new Entry[]?[128 * 128];
    private readonly Entry[] _suffixes;

    public PhraseTable(IEnumerable<(Phrase Phrase, T Value)> entries)
    {
        var all = entries.Select(e => new Entry(e.Phrase.Words[0], e.Phrase, e.Value)).ToList();
        _suffixes = all.Where(e => e.First[0] == '-').ToArray();
        // Longer phrases first, so "no one" is found before "no", "in no position" before "no".
        _byKey = all.Where(e => e.First[0] != '-')
            .GroupBy(e => Key(e.First))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Phrase.Words.Count).ToArray());
        foreach (var (key, bucket) in _byKey)
            if (key >> 16 < 128 && (key & 0xFFFF) < 128) _ascii[((key >> 16) << 7) | (key & 0xFFFF)] = bucket;
    }

    /// <summary>
    /// Adds to <paramref name="into"/> every entry that starts at a word of <c>text[start..end]</c> and
    /// ends by <paramref name="end"/>, in text order, the longer first at one word. Allocates only to grow the list.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    public void FindAll(string text, int start, int end, List<PhraseMatch<T>> into)
    {
        if (start >= end) return;
        var window = text.AsSpan(0, end);
        for (var i = start; Words.Next(window, ref i, out var wordStart);) MatchAt(window, wordStart, i, into);
    }

    /// <summary>The phrases found in the whole text (a convenience for tools; validation reuses one list).</summary>
    public List<PhraseMatch<T>> FindAll(string text)
    {
        var found = new List<PhraseMatch<T>>();
        FindAll(text, 0, text.Length, found);
        return found;
    }

    /// <summary>Adds the phrases that start with the word <c>text[wordStart..wordEnd]</c>.</summary>
    [MethodImpl(HotPath.Options)]
    private void MatchAt(ReadOnlySpan<char> text, int wordStart, int wordEnd, List<PhraseMatch<T>> into)
    {
        var word = text[wordStart..wordEnd];
        if (word.Length >= 2 && Candidates(word) is { } candidates)
            foreach (var (first, phrase, value) in candidates)
                // Every inflection of a lemma of four or more letters keeps its first three: most entries differ by the third.
                if ((first.Length < 4 || (word.Length > 2 && char.ToLowerInvariant(word[2]) == first[2]))
                    && Inflection.Matches(word, first) && Rest(text, wordEnd, phrase.Words, 1) is var end and >= 0)
                    into.Add(new PhraseMatch<T>(wordStart, end, value));
        foreach (var (first, phrase, value) in _suffixes)
            // A suffix entry ("-n't") ends the word: its last letter decides most words before the comparison.
            if (char.ToLowerInvariant(word[^1]) == first[^1]
                && Inflection.Matches(word, first) && Rest(text, wordEnd, phrase.Words, 1) is var end and >= 0)
                into.Add(new PhraseMatch<T>(wordStart, end, value));
    }

    [MethodImpl(HotPath.Options)]
    private Entry[]? Candidates(ReadOnlySpan<char> word)
    {
        var (first, second) = (char.ToLowerInvariant(word[0]), char.ToLowerInvariant(word[1]));
        if (first < 128 && second < 128) return _ascii[(first << 7) | second];
        return _byKey.GetValueOrDefault((first << 16) | second);
    }

    // Matches words[k..] from position i; returns where the phrase ends, or -1.
    private static int Rest(ReadOnlySpan<char> text, int i, IReadOnlyList<string> words, int k)
    {
        if (k == words.Count) return i;
        if (words[k] == Phrase.Wildcard)
        {
            for (var skipped = 0; skipped <= Phrase.MaxWildcardWords; skipped++)
            {
                if (Rest(text, i, words, k + 1) is var end and >= 0) return end;
                if (!NextInSentence(text, ref i, out _)) return -1;
            }
            return -1;
        }
        var at = i;
        if (!NextInSentence(text, ref at, out var start) || !Inflection.Matches(text[start..at], words[k])) return -1;
        return Rest(text, at, words, k + 1);
    }

    // The next word, unless a sentence or clause mark comes first: a phrase's words stand together.
    private static bool NextInSentence(ReadOnlySpan<char> text, ref int i, out int start)
    {
        var from = i;
        if (!Words.Next(text, ref i, out start)) return false;
        return text[from..start].IndexOfAny(".;:!?") < 0;
    }

    private static int Key(ReadOnlySpan<char> word) => (char.ToLowerInvariant(word[0]) << 16) | char.ToLowerInvariant(word[1]);
}
