using System.Runtime.CompilerServices;
using GraphBuilder.Facts;

namespace GraphBuilder.Validation;

/// <summary>
/// Finds a quote in its document under the elision rules: every part ("..." separates parts)
/// occurs in order, starts and ends at a word boundary, and each gap stays in one paragraph,
/// skips at most <see cref="ElisionRules.MaxGapWords"/> words and no negation. When no placement
/// keeps the rules, says which rule the closest placement breaks.
/// </summary>
internal static class QuoteMatcher
{
    // Placements tried before giving up on a quote whose parts recur very often.
    private const int Budget = 10_000;

    // Quotes with more parts (rare) keep them in an array instead.
    private const int MaxStackParts = 16;

    /// <summary>Null and the quote's span when it holds; otherwise the problem.</summary>
    [MethodImpl(HotPath.Options)]
    public static QuoteProblem? Match(SourceDocument document, string quote, out QuoteSpan span)
    {
        span = default;
        var normal = QuoteText.IsNormal(quote) ? quote : QuoteText.Normalise(quote);
        // Parts are ranges of the normal form, on the stack for the few parts a quote has: a check builds no objects.
        var most = normal.AsSpan().Count(QuoteText.Gap) + 1;
        Span<Range> parts = most <= MaxStackParts ? stackalloc Range[most] : new Range[most];
        parts = parts[..Split(normal, parts)];
        // A quote with no text besides "..." gaps would match every document and prove nothing.
        if (parts.Length == 0) return QuoteProblem.NotFound(normal);
        if (TooShort(normal, parts) is { } short_) return Verbatim(document, normal, out span) ? null : short_;

        if (parts.Length == 1 && FirstAtWordStart(document, normal.AsSpan()[parts[0]]) is var at and >= 0)
        {
            span = new QuoteSpan(at, at + parts[0].GetOffsetAndLength(normal.Length).Length);
            return null;
        }

        Span<int> starts = parts.Length <= MaxStackParts ? stackalloc int[parts.Length] : new int[parts.Length];
        var budget = Budget;
        if (Place(document, normal, parts, 0, 0, starts, ref budget))
        {
            span = new QuoteSpan(starts[0], starts[^1] + parts[^1].GetOffsetAndLength(normal.Length).Length);
            return null;
        }
        return Verbatim(document, normal, out span) ? null : Diagnose(document, normal, parts);
    }

    /// <summary>True when the text (normalised, no gaps, any length) occurs in the document as whole words.</summary>
    public static bool Occurs(SourceDocument document, string text)
    {
        var normal = QuoteText.Normalise(text);
        if (normal.Length == 0) return false;
        for (var at = document.IndexOf(normal, 0); at >= 0; at = document.IndexOf(normal, at + 1))
            if (WordProblem(document, normal, at, 1) is null) return true;
        return false;
    }

    /// <summary>A quote that copies the document's own "..." holds as written, without a gap (tried only when its gaps break a rule).</summary>
    private static bool Verbatim(SourceDocument document, string normal, out QuoteSpan span)
    {
        span = default;
        if (!normal.Contains(QuoteText.Gap, StringComparison.Ordinal) || Words.Count(normal) < ElisionRules.MinWords
            || normal.StartsWith(QuoteText.Gap, StringComparison.Ordinal) || normal.EndsWith(QuoteText.Gap, StringComparison.Ordinal)) return false;
        for (var at = document.IndexOf(normal.AsSpan(), 0); at >= 0; at = document.IndexOf(normal.AsSpan(), at + 1))
        {
            if (Words.InsideWord(document.Text, at) || Words.InsideWord(document.Text, at + normal.Length)) continue;
            span = new QuoteSpan(at, at + normal.Length);
            return true;
        }
        return false;
    }

    /// <summary>Fills <paramref name="parts"/> with the text between gaps, trimmed, skipping empty ones; returns how many.</summary>
    internal static int Split(string normal, Span<Range> parts)
    {
        var count = 0;
        foreach (var range in normal.AsSpan().Split(QuoteText.Gap))
        {
            var (start, length) = range.GetOffsetAndLength(normal.Length);
            var end = start + length;
            while (start < end && char.IsWhiteSpace(normal[start])) start++;
            while (end > start && char.IsWhiteSpace(normal[end - 1])) end--;
            if (start < end) parts[count++] = start..end;
        }
        return count;
    }

    private static QuoteProblem? TooShort(string normal, ReadOnlySpan<Range> parts)
    {
        var total = 0;
        foreach (var part in parts) total += Words.Count(normal.AsSpan()[part]);
        if (total < ElisionRules.MinWords)
            return QuoteProblem.Breaks($"quote has {total} word{(total == 1 ? "" : "s")}; a quote needs at least {ElisionRules.MinWords} to stand on its own",
                "quote the whole clause that makes the claim");
        if (parts.Length == 1) return null;
        foreach (var range in parts)
        {
            var part = normal.AsSpan()[range];
            if (Words.Count(part) is var count && count < ElisionRules.MinPartWords)
                return QuoteProblem.Breaks($"quote part \"{part}\" has {count} word{(count == 1 ? "" : "s")}; each part around a gap needs at least {ElisionRules.MinPartWords}",
                    "quote more of the text around it, or drop the gap");
        }
        return null;
    }

    // Most quotes are one part that starts a word: the document's index finds it without a scan (-1 when it does not).
    private static int FirstAtWordStart(SourceDocument document, ReadOnlySpan<char> part)
    {
        for (var at = document.NextAtWordStart(part, -1); at >= 0; at = document.NextAtWordStart(part, at))
            if (!Words.InsideWord(document.Text, at + part.Length)) return at;
        return -1;
    }

    /// <summary>Places part <paramref name="k"/> and the ones after it at or after <paramref name="from"/>, keeping every rule.</summary>
    private static bool Place(SourceDocument document, string normal, ReadOnlySpan<Range> parts, int k, int from, Span<int> starts, ref int budget)
    {
        var part = normal.AsSpan()[parts[k]];
        for (var at = document.IndexOf(part, from); at >= 0; at = document.IndexOf(part, at + 1))
        {
            // A later occurrence only lengthens the gap, so a gap that breaks a rule ends the search here.
            if (k > 0 && GapProblem(document, normal.AsSpan()[parts[k - 1]], from, at) is not null) return false;
            if (--budget < 0) return false;
            if (WordProblem(document, part, at, parts.Length) is not null) continue;
            starts[k] = at;
            if (k == parts.Length - 1 || Place(document, normal, parts, k + 1, at + part.Length, starts, ref budget)) return true;
        }
        return false;
    }

    /// <summary>The rule the first in-order placement breaks (preferring whole-word occurrences), or the part that does not occur.</summary>
    private static QuoteProblem Diagnose(SourceDocument document, string normal, ReadOnlySpan<Range> parts)
    {
        var from = 0;
        for (var k = 0; k < parts.Length; k++)
        {
            var part = normal.AsSpan()[parts[k]];
            var first = document.IndexOf(part, from);
            if (first < 0) return QuoteProblem.NotFound(part.ToString());
            var at = first;
            while (at >= 0 && WordProblem(document, part, at, parts.Length) is not null) at = document.IndexOf(part, at + 1);
            if (at < 0) return WordProblem(document, part, first, parts.Length)!;
            if (k > 0 && GapProblem(document, normal.AsSpan()[parts[k - 1]], from, at) is { } gap) return gap;
            from = at + part.Length;
        }
        return QuoteProblem.Breaks("quote cannot be placed in the document within the elision rules",
            "quote fewer, longer parts");
    }

    private static QuoteProblem? WordProblem(SourceDocument document, ReadOnlySpan<char> part, int at, int partCount)
    {
        var text = document.Text;
        var end = at + part.Length;
        var (inside, how) = Words.InsideWord(text, at) ? (at, "starts") : Words.InsideWord(text, end) ? (end, "ends") : (-1, "");
        if (inside < 0) return null;
        var what = partCount == 1 ? "quote" : $"quote part \"{Excerpt(part, fromEnd: false)}\"";
        return QuoteProblem.Breaks($"{what} {how} inside the word \"{Words.Around(text, inside)}\" in {document.RelativePath}",
            "a quote's parts start and end at word boundaries: quote whole words");
    }

    /// <summary>What is wrong with skipping the document's text from <paramref name="end"/> to <paramref name="next"/>, if anything.</summary>
    private static QuoteProblem? GapProblem(SourceDocument document, ReadOnlySpan<char> before, int end, int next)
    {
        if (document.Layout.ParagraphOf(end - 1) != document.Layout.ParagraphOf(next))
            return QuoteProblem.Breaks($"{After(before)} crosses into another paragraph of {document.RelativePath}",
                "a gap stays within one paragraph: cite the parts as separate quotes");
        var skipped = document.Text.AsSpan(end, next - end);
        for (var at = end + 1; at < next; at++)
            if (SupportCheck.StartsSentence(document.Text, at))
                return QuoteProblem.Breaks($"{After(before)} crosses into another sentence of {document.RelativePath}",
                    "a gap stays within one sentence: cite the parts as separate quotes");
        var words = Words.Count(skipped);
        if (words > ElisionRules.MaxGapWords)
            return QuoteProblem.Breaks($"{After(before)} skips {words} words of {document.RelativePath} (at most {ElisionRules.MaxGapWords})",
                "cite the parts as separate quotes, or quote more of the text between them");
        if (NegationWords.FirstIn(skipped) is { } negation)
            return QuoteProblem.Breaks($"{After(before)} skips the negation \"{negation}\"",
                "a gap never skips a negation: quote it");
        return null;
    }

    private static string After(ReadOnlySpan<char> before) => $"the gap after \"{Excerpt(before, fromEnd: true)}\"";

    // A long part shortened for a message to its closing (or opening) whole words.
    private static string Excerpt(ReadOnlySpan<char> part, bool fromEnd)
    {
        if (part.Length <= 40) return part.ToString();
        if (!fromEnd) return string.Concat(part[..(part[..38].LastIndexOf(' ') is > 0 and var cut ? cut : 37)], "...");
        var tail = part[^37..];
        return string.Concat("...", tail.IndexOf(' ') is >= 0 and var space ? tail[(space + 1)..] : tail);
    }
}
