namespace GraphBuilder.Facts;

/// <summary>
/// A source document indexed once for quote checks: its normalised text with its paragraphs and
/// lines, and where each word starts keyed by the next few characters, so a quote that starts at a
/// word (nearly all do) is found by checking a few candidates instead of scanning the whole text.
/// The rules a quote must keep are <see cref="Validation.QuoteMatcher"/>'s.
/// </summary>
public sealed class SourceDocument
{
    private const int KeyLength = 12;

    private readonly string _text;
    private readonly TextLayout _layout;

    // Sorted (key hash << 32 | offset) for every word start with KeyLength characters after it.
    private readonly long[] _wordStarts;

    /// <summary>A document from its normal form; <paramref name="layout"/> null means one paragraph of one line.</summary>
    internal SourceDocument(string relativePath, string normalisedText, TextLayout? layout = null)
    {
        RelativePath = relativePath;
        _text = normalisedText;
        _layout = layout ?? new TextLayout();
        _wordStarts = IndexWordStarts(normalisedText);
    }

    public string RelativePath { get; }

    /// <summary>The normal form (see <see cref="QuoteText"/>).</summary>
    public string Text => _text;

    /// <summary>Where the normal form's paragraphs and lines start.</summary>
    internal TextLayout Layout => _layout;

    public static SourceDocument FromText(string relativePath, string text)
    {
        var layout = new TextLayout();
        return new SourceDocument(relativePath, QuoteText.Normalise(text, layout), layout);
    }

    /// <summary>The first offset at or after <paramref name="from"/> where <paramref name="part"/> occurs, or -1.</summary>
    public int IndexOf(string part, int from)
    {
        if (from > _text.Length) return -1;
        var at = _text.AsSpan(from).IndexOf(part, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>
    /// The offsets where <paramref name="part"/> occurs at a word start, from the index (no scan
    /// of the text); empty when the part is shorter than the index key, which says nothing.
    /// </summary>
    public IEnumerable<int> AtWordStarts(string part)
    {
        if (part.Length < KeyLength) yield break;
        var key = (long)KeyOf(part) << 32;
        for (var i = LowerBound(key); i < _wordStarts.Length && (_wordStarts[i] & ~0xFFFFFFFFL) == key; i++)
        {
            var offset = (int)(_wordStarts[i] & 0xFFFFFFFFL);
            if (_text.AsSpan(offset).StartsWith(part, StringComparison.Ordinal)) yield return offset;
        }
    }

    private int LowerBound(long key)
    {
        int low = 0, high = _wordStarts.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_wordStarts[mid] < key) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    private static long[] IndexWordStarts(string text)
    {
        var starts = new List<long>(text.Length / 5);
        for (var p = 0; p + KeyLength <= text.Length; p++)
            if (p == 0 || text[p - 1] == ' ')
                starts.Add(((long)KeyOf(text.AsSpan(p)) << 32) | (uint)p);
        var sorted = starts.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    // FNV-1a over the first KeyLength chars; an int so (key << 32 | offset) sorts by key, then offset.
    private static int KeyOf(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        for (var i = 0; i < KeyLength; i++) hash = (hash ^ text[i]) * 16777619u;
        return (int)hash;
    }
}
