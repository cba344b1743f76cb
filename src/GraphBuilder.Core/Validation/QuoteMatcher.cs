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

    /// <summary>Null and the quote's span when it holds; otherwise the problem.</summary>
    public static QuoteProblem? Match(SourceDocument document, string quote, out QuoteSpan span)
    {
        span = default;
        var normal = QuoteText.IsNormal(quote) ? quote : QuoteText.Normalise(quote);
        // The normal form has no space at either end, so a quote without a gap is its own only part (no array for it).
        var split = normal.Contains(QuoteText.Gap, StringComparison.Ordinal) ? Parts(normal) : null;
        var parts = split ?? (normal.Length == 0 ? [] : new ReadOnlySpan<string>(ref normal));
        // A quote with no text besides "..." gaps would match every document and prove nothing.
        if (parts.Length == 0) return QuoteProblem.NotFound(normal);
        if (TooShort(parts) is { } short_) return short_;

        if (parts.Length == 1 && FirstAtWordStart(document, parts[0]) is var at and >= 0)
        {
            span = new QuoteSpan(at, at + parts[0].Length);
            return null;
        }
        var starts = new int[parts.Length];
        var budget = Budget;
        if (Place(document, parts, 0, 0, starts, ref budget))
        {
            span = new QuoteSpan(starts[0], starts[^1] + parts[^1].Length);
            return null;
        }
        return Diagnose(document, parts);
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

    private static string[] Parts(string normal)
    {
        var parts = new List<string>();
        foreach (var range in normal.AsSpan().Split(QuoteText.Gap))
        {
            var part = normal.AsSpan()[range].Trim();
            if (!part.IsEmpty) parts.Add(part.ToString());
        }
        return [.. parts];
    }

    private static QuoteProblem? TooShort(ReadOnlySpan<string> parts)
    {
        var total = 0;
        foreach (var part in parts) total += Words.Count(part);
        if (total < ElisionRules.MinWords)
            return QuoteProblem.Breaks($"quote has {total} word{(total == 1 ? "" : "s")}; a quote needs at least {ElisionRules.MinWords} to stand on its own",
                "quote the whole clause that makes the claim");
        if (parts.Length == 1) return null;
        foreach (var part in parts)
            if (Words.Count(part) is var count && count < ElisionRules.MinPartWords)
                return QuoteProblem.Breaks($"quote part \"{part}\" has {count} word{(count == 1 ? "" : "s")}; each part around a gap needs at least {ElisionRules.MinPartWords}",
                    "quote more of the text around it, or drop the gap");
        return null;
    }

    // Most quotes are one part that starts a word: the document's index finds it without a scan (-1 when it does not).
    private static int FirstAtWordStart(SourceDocument document, string part)
    {
        for (var at = document.NextAtWordStart(part, -1); at >= 0; at = document.NextAtWordStart(part, at))
            if (!Words.InsideWord(document.Text, at + part.Length)) return at;
        return -1;
    }

    /// <summary>Places part <paramref name="k"/> and the ones after it at or after <paramref name="from"/>, keeping every rule.</summary>
    private static bool Place(SourceDocument document, ReadOnlySpan<string> parts, int k, int from, int[] starts, ref int budget)
    {
        var part = parts[k];
        for (var at = document.IndexOf(part, from); at >= 0; at = document.IndexOf(part, at + 1))
        {
            // A later occurrence only lengthens the gap, so a gap that breaks a rule ends the search here.
            if (k > 0 && GapProblem(document, parts[k - 1], from, at) is not null) return false;
            if (--budget < 0) return false;
            if (WordProblem(document, part, at, parts.Length) is not null) continue;
            starts[k] = at;
            if (k == parts.Length - 1 || Place(document, parts, k + 1, at + part.Length, starts, ref budget)) return true;
        }
        return false;
    }

    /// <summary>The rule the first in-order placement breaks (preferring whole-word occurrences), or the part that does not occur.</summary>
    private static QuoteProblem Diagnose(SourceDocument document, ReadOnlySpan<string> parts)
    {
        var from = 0;
        for (var k = 0; k < parts.Length; k++)
        {
            var part = parts[k];
            var first = document.IndexOf(part, from);
            if (first < 0) return QuoteProblem.NotFound(part);
            var at = first;
            while (at >= 0 && WordProblem(document, part, at, parts.Length) is not null) at = document.IndexOf(part, at + 1);
            if (at < 0) return WordProblem(document, part, first, parts.Length)!;
            if (k > 0 && GapProblem(document, parts[k - 1], from, at) is { } gap) return gap;
            from = at + part.Length;
        }
        return QuoteProblem.Breaks("quote cannot be placed in the document within the elision rules",
            "quote fewer, longer parts");
    }

    private static QuoteProblem? WordProblem(SourceDocument document, string part, int at, int partCount)
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
    private static QuoteProblem? GapProblem(SourceDocument document, string before, int end, int next)
    {
        // Built only for a message: a gap is checked on every placement tried.
        string After() => $"the gap after \"{Excerpt(before, fromEnd: true)}\"";
        if (document.Layout.ParagraphOf(end - 1) != document.Layout.ParagraphOf(next))
            return QuoteProblem.Breaks($"{After()} crosses into another paragraph of {document.RelativePath}",
                "a gap stays within one paragraph: cite the parts as separate quotes");
        var skipped = document.Text.AsSpan(end, next - end);
        var words = Words.Count(skipped);
        if (words > ElisionRules.MaxGapWords)
            return QuoteProblem.Breaks($"{After()} skips {words} words of {document.RelativePath} (at most {ElisionRules.MaxGapWords})",
                "cite the parts as separate quotes, or quote more of the text between them");
        if (NegationWords.FirstIn(skipped) is { } negation)
            return QuoteProblem.Breaks($"{After()} skips the negation \"{negation}\"",
                "a gap never skips a negation: quote it");
        return null;
    }

    // A long part shortened for a message to its closing (or opening) whole words.
    private static string Excerpt(string part, bool fromEnd)
    {
        if (part.Length <= 40) return part;
        if (!fromEnd) return part[..(part.LastIndexOf(' ', 37) is > 0 and var cut ? cut : 37)] + "...";
        var tail = part[^37..];
        return "..." + (tail.IndexOf(' ') is >= 0 and var space ? tail[(space + 1)..] : tail);
    }
}
