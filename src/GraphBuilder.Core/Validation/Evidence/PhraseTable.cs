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
    private readonly Dictionary<int, (Phrase Phrase, T Value)[]> _byKey;
    private readonly (Phrase Phrase, T Value)[] _suffixes;

    public PhraseTable(IEnumerable<(Phrase Phrase, T Value)> entries)
    {
        var all = entries.ToList();
        _suffixes = all.Where(e => e.Phrase.Words[0][0] == '-').ToArray();
        // Longer phrases first, so "no one" is found before "no", "in no position" before "no".
        _byKey = all.Where(e => e.Phrase.Words[0][0] != '-')
            .GroupBy(e => Key(e.Phrase.Words[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Phrase.Words.Count).ToArray());
    }

    /// <summary>
    /// Adds to <paramref name="into"/> every entry that starts at a word of <c>text[start..end]</c> and
    /// ends by <paramref name="end"/>, in text order, the longer first at one word. Allocates only to grow the list.
    /// </summary>
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
    private void MatchAt(ReadOnlySpan<char> text, int wordStart, int wordEnd, List<PhraseMatch<T>> into)
    {
        var word = text[wordStart..wordEnd];
        if (word.Length >= 2 && _byKey.TryGetValue(Key(word), out var candidates))
            foreach (var (phrase, value) in candidates)
                if (Inflection.Matches(word, phrase.Words[0]) && Rest(text, wordEnd, phrase.Words, 1) is var end and >= 0)
                    into.Add(new PhraseMatch<T>(wordStart, end, value));
        foreach (var (phrase, value) in _suffixes)
            if (Inflection.Matches(word, phrase.Words[0]) && Rest(text, wordEnd, phrase.Words, 1) is var end and >= 0)
                into.Add(new PhraseMatch<T>(wordStart, end, value));
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
