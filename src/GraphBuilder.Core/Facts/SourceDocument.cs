using System.Runtime.CompilerServices;
using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

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

    // Every word start with KeyLength characters after it, grouped by a hash of those characters (ascending
    // within a group): group g is _wordStarts[_groups[g].._groups[g + 1]]. Built in linear time, no sort.
    private readonly int[] _wordStarts;
    private readonly int[] _groups;
    private readonly int _groupShift;

    /// <summary>A document from its normal form; <paramref name="layout"/> null means one paragraph of one line.</summary>
    internal SourceDocument(string relativePath, string normalisedText, TextLayout? layout = null)
    {
        RelativePath = relativePath;
        _text = normalisedText;
        _layout = layout ?? new TextLayout();
        (_wordStarts, _groups, _groupShift) = IndexWordStarts(normalisedText);
    }

    public string RelativePath { get; }

    /// <summary>The normal form (see <see cref="QuoteText"/>).</summary>
    public string Text => _text;

    /// <summary>Where the normal form's paragraphs and lines start.</summary>
    internal TextLayout Layout => _layout;

    public static SourceDocument FromText(string relativePath, string text)
    {
        return FromText(relativePath, text.AsSpan());
    }

    /// <summary>As <see cref="FromText(string, string)"/>, from text the caller decoded into a buffer of its own.</summary>
    internal static SourceDocument FromText(string relativePath, ReadOnlySpan<char> text)
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

    /// <summary>As <see cref="IndexOf(string, int)"/>, for a part that is a slice of a longer text (a quote's part).</summary>
    internal int IndexOf(ReadOnlySpan<char> part, int from)
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
        for (var at = NextAtWordStart(part, -1); at >= 0; at = NextAtWordStart(part, at)) yield return at;
    }

    /// <summary>The first offset after <paramref name="after"/> of <see cref="AtWordStarts"/>, or -1; allocates nothing.</summary>
    internal int NextAtWordStart(ReadOnlySpan<char> part, int after)
    {
        if (part.Length < KeyLength) return -1;
        var group = GroupOf(part, _groupShift);
        for (var i = _groups[group]; i < _groups[group + 1]; i++)
        {
            var offset = _wordStarts[i];
            // Equal text implies an equal key, so the text comparison alone decides.
            if (offset > after && _text.AsSpan(offset).StartsWith(part, StringComparison.Ordinal)) return offset;
        }
        return -1;
    }

    /// <summary>
    /// Groups the word starts by key with a counting sort: one pass to hash and count, one to place
    /// (in ascending order, so each group stays sorted). There are at least half as many groups as
    /// word starts, so a group holds about two.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static (int[] Starts, int[] Groups, int Shift) IndexWordStarts(string text)
    {
        var upTo = text.Length - KeyLength;
        var bound = upTo < 0 ? 0 : text.AsSpan(0, upTo).Count(' ') + 1;
        var bits = Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)Math.Max(1, bound / 2)));
        var shift = 32 - bits;
        var groups = new int[(1 << bits) + 1];
        var offsets = ArrayPool<int>.Shared.Rent(bound);
        var groupOf = ArrayPool<int>.Shared.Rent(bound);
        try
        {
            var count = 0;
            for (var p = 0; p <= upTo; p = NextWordStart(text, p, upTo))
            {
                var group = GroupOf(text.AsSpan(p), shift);
                (offsets[count], groupOf[count]) = (p, group);
                groups[group + 1]++;
                count++;
            }
            for (var g = 1; g < groups.Length; g++) groups[g] += groups[g - 1];
            var starts = new int[count];
            var next = ArrayPool<int>.Shared.Rent(groups.Length);
            try
            {
                groups.AsSpan().CopyTo(next);
                for (var i = 0; i < count; i++) starts[next[groupOf[i]]++] = offsets[i];
            }
            finally
            {
                ArrayPool<int>.Shared.Return(next);
            }
            return (starts, groups, shift);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(offsets);
            ArrayPool<int>.Shared.Return(groupOf);
        }
    }

    // The next offset after p, at most upTo, that follows a space (upTo + 1 when there is none).
    private static int NextWordStart(string text, int p, int upTo)
    {
        if (p >= upTo) return upTo + 1;
        var space = text.AsSpan(p, upTo - p).IndexOf(' ');
        return space < 0 ? upTo + 1 : p + space + 1;
    }

    // A hash of the first KeyLength chars (three 8-byte reads, mixed), its top bits the group.
    [MethodImpl(HotPath.Options)]
    private static int GroupOf(ReadOnlySpan<char> text, int shift)
    {
        var bytes = MemoryMarshal.AsBytes(text[..KeyLength]);
        var hash = MemoryMarshal.Read<ulong>(bytes) * 0x9E3779B97F4A7C15UL;
        hash = (hash ^ MemoryMarshal.Read<ulong>(bytes[8..])) * 0xC2B2AE3D27D4EB4FUL;
        hash = (hash ^ MemoryMarshal.Read<ulong>(bytes[16..])) * 0x165667B19E3779F9UL;
        return (int)((uint)(hash >> 32) >> shift);
    }
}
