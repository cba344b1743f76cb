namespace GraphBuilder.Facts;

/// <summary>
/// A source document indexed once for quote checks: its normalised text. A quote matches when it
/// occurs verbatim, or when its parts around "..." occur in order.
/// </summary>
public sealed class SourceDocument(string relativePath, string normalisedText)
{
    public string RelativePath { get; } = relativePath;

    public static SourceDocument FromText(string relativePath, string text) => new(relativePath, QuoteText.Normalise(text));

    public bool Contains(string quote) => FindMismatch(quote) is null;

    /// <summary>Null when the quote matches; otherwise the first part (normalised) that could not be found.</summary>
    public string? FindMismatch(string quote)
    {
        var normal = QuoteText.IsNormal(quote) ? quote : QuoteText.Normalise(quote);
        // A quote with no text besides "..." gaps would match every document and prove nothing.
        if (normal.Replace(QuoteText.Gap, "", StringComparison.Ordinal).Trim().Length == 0) return normal;
        if (normalisedText.Contains(normal, StringComparison.Ordinal)) return null;
        var from = 0;
        foreach (var raw in normal.Split(QuoteText.Gap))
        {
            var part = raw.Trim();
            if (part.Length == 0) continue;
            var at = normalisedText.IndexOf(part, from, StringComparison.Ordinal);
            if (at < 0) return part;
            from = at + part.Length;
        }
        return null;
    }

    /// <summary>The longest prefix of <paramref name="part"/> the document contains, to show where a quote diverges.</summary>
    public int LongestMatchingPrefix(string part)
    {
        int low = 0, high = part.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (normalisedText.Contains(part.AsSpan(0, mid), StringComparison.Ordinal)) low = mid;
            else high = mid - 1;
        }
        return low;
    }
}
