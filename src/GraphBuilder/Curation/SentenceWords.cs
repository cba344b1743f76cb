namespace GraphBuilder.Curation;

/// <summary>The words around a place in a sentence's normal form (single spaces), as <see cref="SentenceReading"/> reads them.</summary>
internal static class SentenceWords
{
    /// <summary>How many words (runs with a letter or digit, not lone punctuation) <c>text[from..to]</c> holds.</summary>
    public static int WordsBetween(string text, int from, int to) =>
        from >= to ? 0 : text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>The words of <c>text[from..to]</c>, lower case, without the punctuation around them.</summary>
    public static IEnumerable<string> WordsIn(string text, int from, int to) =>
        from >= to ? [] : text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', ';', ':', '"', '(', ')').ToLowerInvariant());

    /// <summary>The first run of letters at or after <paramref name="at"/>.</summary>
    public static string NextWord(string text, int at)
    {
        var start = at;
        while (start < text.Length && !char.IsLetter(text[start])) start++;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[start..end];
    }

    /// <summary>The last run of letters before <paramref name="at"/>.</summary>
    public static string PreviousWord(string text, int at)
    {
        var end = at;
        while (end > 0 && !char.IsLetter(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end];
    }

    /// <summary>Whether a comma comes just before <paramref name="at"/> ("..., accusing Iran").</summary>
    public static bool PrecededByComma(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] == ',';
    }

    /// <summary>The word before <paramref name="at"/> (where a name starts), past an article ("support from the United States": "from").</summary>
    public static string WordBefore(string text, int at)
    {
        var word = PreviousWord(text, at);
        return FunctionWords.Articles.Contains(word) ? PreviousWord(text, text.LastIndexOf(word, at - 1, StringComparison.Ordinal)) : word;
    }
}
