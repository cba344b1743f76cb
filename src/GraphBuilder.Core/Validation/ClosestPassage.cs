using System.Text;
using GraphBuilder.Facts;

namespace GraphBuilder.Validation;

/// <summary>
/// The passage of a document most like a quote that is not in it: a word alignment (longest
/// common subsequence) of the quote's words against each stretch of the document that starts
/// with one of them, shown with the document's words that differ in [brackets].
/// </summary>
internal static class ClosestPassage
{
    // Longer quotes are aligned on their opening words: enough to find the place, bounded cost.
    private const int MaxWords = 48;

    /// <summary>A hint naming the closest passage and its line, or null when nothing in the document is close.</summary>
    public static string? Hint(SourceDocument document, string part)
    {
        var wanted = Words.Of(part);
        if (wanted.Count > MaxWords) wanted = wanted.GetRange(0, MaxWords);
        if (wanted.Count == 0) return null;
        var text = document.Text;
        var spans = Words.Spans(text);
        var vocabulary = new HashSet<string>(wanted, StringComparer.Ordinal);
        var width = wanted.Count + Math.Max(2, wanted.Count / 4);

        int bestStart = -1, bestScore = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (!vocabulary.Contains(text.Substring(spans[i].Start, spans[i].Length))) continue;
            var score = Align(wanted, text, spans, i, Math.Min(width, spans.Count - i), null);
            if (score > bestScore) (bestStart, bestScore) = (i, score);
        }
        // Fewer than half the words in common is not "the same passage with differences".
        if (bestStart < 0 || bestScore * 2 < wanted.Count || bestScore < 2) return null;

        var matched = new bool[Math.Min(width, spans.Count - bestStart)];
        Align(wanted, text, spans, bestStart, matched.Length, matched);
        // As many words as the quote has (more when the alignment reaches further), so the differing ones show.
        var last = Math.Max(Array.LastIndexOf(matched, true), Math.Min(wanted.Count, matched.Length) - 1);
        var shown = new StringBuilder();
        var from = spans[bestStart].Start;
        for (var w = 0; w <= last; w++)
        {
            var (start, length) = spans[bestStart + w];
            shown.Append(text, from, start - from);
            shown.Append(matched[w] ? text.Substring(start, length) : $"[{text.Substring(start, length)}]");
            from = start + length;
        }
        var line = document.Layout.LineOf(spans[bestStart].Start);
        return $"closest passage, line {line}: \"{shown}\" (words in [brackets] differ from the quote)";
    }

    /// <summary>The number of quote words aligned in order with the document words at <paramref name="first"/>..; marks them when asked.</summary>
    private static int Align(List<string> wanted, string text, List<(int Start, int Length)> spans, int first, int count, bool[]? matched)
    {
        var table = new int[wanted.Count + 1, count + 1];
        for (var a = wanted.Count - 1; a >= 0; a--)
            for (var b = count - 1; b >= 0; b--)
                table[a, b] = Same(wanted[a], text, spans[first + b])
                    ? table[a + 1, b + 1] + 1
                    : Math.Max(table[a + 1, b], table[a, b + 1]);
        if (matched is not null)
        {
            int i = 0, j = 0;
            while (i < wanted.Count && j < count)
            {
                if (Same(wanted[i], text, spans[first + j]) && table[i, j] == table[i + 1, j + 1] + 1) { matched[j] = true; i++; j++; }
                else if (table[i + 1, j] >= table[i, j + 1]) i++;
                else j++;
            }
        }
        return table[0, 0];
    }

    private static bool Same(string word, string text, (int Start, int Length) span) =>
        word.Length == span.Length && string.CompareOrdinal(word, 0, text, span.Start, span.Length) == 0;
}
