using System.Runtime.CompilerServices;

namespace GraphBuilder.Validation;

/// <summary>
/// Words in normalised text: runs of letters and digits, joined by an inner hyphen or apostrophe
/// ("cyber-attack", "Iran's", "didn't" are one word each).
/// </summary>
internal static class Words
{
    // ASCII by arithmetic, inlined: the evidence rules read every quote's words several times, character by character.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiner(char c) => c is '-' or '\'';

    /// <summary>True when the position between <c>text[at - 1]</c> and <c>text[at]</c> lies inside a word.</summary>
    [MethodImpl(HotPath.Options)]
    public static bool InsideWord(string text, int at)
    {
        if (at <= 0 || at >= text.Length) return false;
        if (IsWordChar(text[at - 1]) && IsWordChar(text[at])) return true;
        if (IsJoiner(text[at - 1]) && at >= 2 && IsWordChar(text[at - 2]) && IsWordChar(text[at])) return true;
        return IsJoiner(text[at]) && at + 1 < text.Length && IsWordChar(text[at - 1]) && IsWordChar(text[at + 1]);
    }

    /// <summary>The whole word that position <paramref name="at"/> (inside a word) cuts, for messages.</summary>
    public static string Around(string text, int at)
    {
        var start = at;
        while (start > 0 && InsideWord(text, start)) start--;
        var end = at;
        do end++; while (end < text.Length && InsideWord(text, end));
        return text[start..end];
    }

    /// <summary>The words of a text, in order.</summary>
    public static List<string> Of(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        foreach (var (start, length) in Spans(text)) words.Add(text.Slice(start, length).ToString());
        return words;
    }

    /// <summary>The number of words, counted without building them (quote checks count on every quote).</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; Next(text, ref i, out _);) count++;
        return count;
    }

    /// <summary>Each word's start and length.</summary>
    public static List<(int Start, int Length)> Spans(ReadOnlySpan<char> text)
    {
        var spans = new List<(int, int)>();
        for (var i = 0; Next(text, ref i, out var start);) spans.Add((start, i - start));
        return spans;
    }

    /// <summary>Finds the word at or after <paramref name="i"/>: false when there is none; else its start, and <paramref name="i"/> at its end.</summary>
    [MethodImpl(HotPath.Options)]
    public static bool Next(ReadOnlySpan<char> text, ref int i, out int start)
    {
        var at = i;
        while (at < text.Length && !IsWordChar(text[at])) at++;
        start = at;
        if (at == text.Length)
        {
            i = at;
            return false;
        }
        while (at < text.Length && (IsWordChar(text[at])
               || (IsJoiner(text[at]) && at + 1 < text.Length && IsWordChar(text[at + 1])))) at++;
        i = at;
        return true;
    }
}
