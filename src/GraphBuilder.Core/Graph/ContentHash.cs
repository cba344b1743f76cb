using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Graph;

/// <summary>
/// Stable content hashes for nodes and relationships: a canonical, length-prefixed text of
/// every field (<c>length:value</c>, length in UTF-16 code units), UTF-8 encoded, hashed with
/// SHA-256 and shortened to 128 bits.
/// </summary>
public static class ContentHash
{
    // The canonical text is encoded straight into a per-thread buffer: no StringBuilder, string or byte[] per element.
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    // One-shot SHA256.HashData sets up a new digest context per call, which costs more than hashing a few hundred bytes.
    [ThreadStatic] private static IncrementalHash? _sha256;

    private static readonly ValueTextWriter ValueText = new();

    public static string OfNode(string label, PropertyMap properties)
    {
        var text = Start();
        Append(text, "N");
        Append(text, label);
        AppendProperties(text, properties);
        return Hash(text);
    }

    public static string OfRelationship(string type, string startId, string endId, PropertyMap properties, IReadOnlyList<Citation> sources)
    {
        var text = StartRelationship(type, startId, endId, properties);
        foreach (var c in sources) AppendCitation(text, c);
        return Hash(text);
    }

    /// <summary>
    /// The part of a relationship's canonical text one citation adds, without its quote: the same
    /// for every citation of a source, so the compiler encodes it once per source.
    /// </summary>
    internal static byte[] CitedSourceText(string sourceId, string publisher, string title, DateOnly? published)
    {
        var text = new ArrayBufferWriter<byte>(256);
        AppendCitedSource(text, sourceId, publisher, title, published);
        return text.WrittenSpan.ToArray();
    }

    /// <summary>As <see cref="OfRelationship"/>, each citation given as its source's <see cref="CitedSourceText"/> and its quote.</summary>
    internal static string OfRelationship(string type, string startId, string endId, PropertyMap properties,
        ReadOnlySpan<byte[]> citedSources, ReadOnlySpan<Citation> citations)
    {
        var text = StartRelationship(type, startId, endId, properties);
        for (var i = 0; i < citations.Length; i++)
        {
            text.Write(citedSources[i]);
            Append(text, citations[i].Quote);
            AppendReviews(text, citations[i].Reviews);
        }
        return Hash(text);
    }

    /// <summary>
    /// The hash of a whole graph: every node's (id, label, hash) then every relationship's (id, type, hash),
    /// in the graph's id order. Element hashes cover properties, endpoints and citations, so two graphs
    /// get the same hash exactly when a store holding one needs no write to hold the other.
    /// </summary>
    public static string OfGraph(GraphData graph)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        return OfGraphFrom(graph, 0, sha256, null);
    }

    /// <summary>
    /// <see cref="OfGraph"/> from element <paramref name="from"/> on (nodes, then relationships), with
    /// <paramref name="sha256"/> holding every element before it; tells <paramref name="checkpoint"/>
    /// each <see cref="GraphHash.Interval"/>-th element index, with the state then holding every element before it.
    /// </summary>
    internal static string OfGraphFrom(GraphData graph, int from, IncrementalHash sha256, Action<int>? checkpoint)
    {
        var text = new ArrayBufferWriter<byte>(64 * 1024);
        var element = from;
        void Element(string kind, string id, string labelOrType, string hash)
        {
            if (checkpoint is not null && element > from && element % GraphHash.Interval == 0)
            {
                sha256.AppendData(text.WrittenSpan);
                text.ResetWrittenCount();
                checkpoint(element);
            }
            element++;
            Append(text, kind);
            Append(text, id);
            Append(text, labelOrType);
            Append(text, hash);
            if (text.WrittenCount < 60 * 1024) return;
            sha256.AppendData(text.WrittenSpan);
            text.ResetWrittenCount();
        }
        var nodes = graph.Nodes;
        for (var i = Math.Min(from, nodes.Count); i < nodes.Count; i++) Element("N", nodes[i].Id, nodes[i].Label, nodes[i].Hash);
        var relationships = graph.Relationships;
        for (var i = Math.Max(0, from - nodes.Count); i < relationships.Count; i++)
            Element("R", relationships[i].Id, relationships[i].Type, relationships[i].Hash);
        sha256.AppendData(text.WrittenSpan);
        Span<byte> digest = stackalloc byte[32];
        sha256.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    /// <summary>A relationship's canonical text up to its citations, which both <see cref="OfRelationship(string, string, string, PropertyMap, IReadOnlyList{Citation})"/> overloads append.</summary>
    private static ArrayBufferWriter<byte> StartRelationship(string type, string startId, string endId, PropertyMap properties)
    {
        var text = Start();
        Append(text, "R");
        Append(text, type);
        Append(text, startId);
        Append(text, endId);
        AppendProperties(text, properties);
        return text;
    }

    private static ArrayBufferWriter<byte> Start()
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        return buffer;
    }

    private static void AppendCitation(ArrayBufferWriter<byte> text, Citation c)
    {
        AppendCitedSource(text, c.SourceId, c.Publisher, c.Title, c.Published);
        Append(text, c.Quote);
        AppendReviews(text, c.Reviews);
    }

    /// <summary>Each review's fields, the flag tagged <c>r</c>; no reviews add nothing, so unreviewed citations hash as before.</summary>
    private static void AppendReviews(ArrayBufferWriter<byte> text, IReadOnlyList<CitationReview> reviews)
    {
        foreach (var r in reviews)
        {
            Append(text, r.Flag, 'r');
            Append(text, r.By);
            Append(text, r.On);
            Append(text, r.Note);
        }
    }

    private static void AppendCitedSource(ArrayBufferWriter<byte> text, string sourceId, string publisher, string title, DateOnly? published)
    {
        Append(text, sourceId);
        Append(text, publisher);
        Append(text, title);
        if (published is { } date) AppendDate(text, null, date);
        else Append(text, "");
    }

    private static void AppendProperties(ArrayBufferWriter<byte> text, PropertyMap properties)
    {
        var keys = properties.KeySpan;
        var values = properties.ValueSpan;
        for (var i = 0; i < keys.Length; i++)
        {
            Append(text, keys[i]);
            ValueText.Visit(text, values[i]);
        }
    }

    private static void Append(ArrayBufferWriter<byte> text, string value, char? tag = null) => Append(text, value.AsSpan(), tag);

    /// <summary>Writes <c>length:[tag]value</c>, the length counting the tag.</summary>
    [MethodImpl(HotPath.Options)]
    private static void Append(ArrayBufferWriter<byte> text, ReadOnlySpan<char> value, char? tag = null)
    {
        var length = value.Length + (tag is null ? 0 : 1);
        var span = text.GetSpan(11 + 1 + 1 + Encoding.UTF8.GetMaxByteCount(value.Length));
        length.TryFormat(span, out var written, provider: CultureInfo.InvariantCulture);
        span[written++] = (byte)':';
        if (tag is { } t) span[written++] = (byte)t;
        written += Encoding.UTF8.GetBytes(value, span[written..]);
        text.Advance(written);
    }

    /// <summary>The date as <c>yyyy-MM-dd</c> (what the "yyyy-MM-dd" format gives for years 1-9999), written digit by digit.</summary>
    private static void AppendDate(ArrayBufferWriter<byte> text, char? tag, DateOnly date)
    {
        Span<char> chars = stackalloc char[11];
        var at = 0;
        if (tag is { } t) chars[at++] = t;
        var (year, month, day) = (date.Year, date.Month, date.Day);
        chars[at++] = (char)('0' + year / 1000);
        chars[at++] = (char)('0' + year / 100 % 10);
        chars[at++] = (char)('0' + year / 10 % 10);
        chars[at++] = (char)('0' + year % 10);
        chars[at++] = '-';
        chars[at++] = (char)('0' + month / 10);
        chars[at++] = (char)('0' + month % 10);
        chars[at++] = '-';
        chars[at++] = (char)('0' + day / 10);
        chars[at++] = (char)('0' + day % 10);
        Append(text, chars[..at]);
    }

    private static string Hash(ArrayBufferWriter<byte> text)
    {
        Span<byte> digest = stackalloc byte[32];
        var sha256 = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData(text.WrittenSpan);
        sha256.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    /// <summary>
    /// A value's canonical text: a type tag (<c>s</c>, <c>i</c>, <c>f</c>, <c>b</c>, <c>d</c>, <c>l</c>) and its
    /// invariant text, a list followed by its items. Changing any of it rewrites every stored element.
    /// </summary>
    private sealed class ValueTextWriter : PropertyValueVisitor<ArrayBufferWriter<byte>, ArrayBufferWriter<byte>>
    {
        protected override ArrayBufferWriter<byte> VisitString(ArrayBufferWriter<byte> text, string value)
        {
            Append(text, value, tag: 's');
            return text;
        }

        protected override ArrayBufferWriter<byte> VisitInteger(ArrayBufferWriter<byte> text, long value)
        {
            Span<char> scalar = stackalloc char[24];
            scalar[0] = 'i';
            value.TryFormat(scalar[1..], out var written, provider: CultureInfo.InvariantCulture);
            Append(text, scalar[..(1 + written)]);
            return text;
        }

        protected override ArrayBufferWriter<byte> VisitFloat(ArrayBufferWriter<byte> text, double value)
        {
            Span<char> scalar = stackalloc char[64];
            scalar[0] = 'f';
            value.TryFormat(scalar[1..], out var written, "R", CultureInfo.InvariantCulture);
            Append(text, scalar[..(1 + written)]);
            return text;
        }

        protected override ArrayBufferWriter<byte> VisitBoolean(ArrayBufferWriter<byte> text, bool value)
        {
            Append(text, value ? "b1" : "b0");
            return text;
        }

        protected override ArrayBufferWriter<byte> VisitDate(ArrayBufferWriter<byte> text, DateOnly value)
        {
            AppendDate(text, 'd', value);
            return text;
        }

        protected override ArrayBufferWriter<byte> VisitStringList(ArrayBufferWriter<byte> text, IReadOnlyList<string> value)
        {
            Span<char> scalar = stackalloc char[12];
            scalar[0] = 'l';
            value.Count.TryFormat(scalar[1..], out var written, provider: CultureInfo.InvariantCulture);
            Append(text, scalar[..(1 + written)]);
            for (var i = 0; i < value.Count; i++) Append(text, value[i]);
            return text;
        }
    }
}
