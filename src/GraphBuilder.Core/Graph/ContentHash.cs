using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

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
        var text = Start();
        Append(text, "R");
        Append(text, type);
        Append(text, startId);
        Append(text, endId);
        AppendProperties(text, properties);
        foreach (var c in sources)
        {
            Append(text, c.SourceId);
            Append(text, c.Publisher);
            Append(text, c.Title);
            if (c.Published is { } published) AppendDate(text, null, published);
            else Append(text, "");
            Append(text, c.Quote);
        }
        return Hash(text);
    }

    private static ArrayBufferWriter<byte> Start()
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        return buffer;
    }

    private static void AppendProperties(ArrayBufferWriter<byte> text, PropertyMap properties)
    {
        foreach (var (key, value) in properties)
        {
            Append(text, key);
            switch (value)
            {
                case IReadOnlyList<string> list:
                    Append(text, "l" + list.Count.ToString(CultureInfo.InvariantCulture));
                    foreach (var item in list) Append(text, item);
                    break;
                case DateOnly d: AppendDate(text, 'd', d); break;
                case long l: Append(text, "i" + l.ToString(CultureInfo.InvariantCulture)); break;
                case double f: Append(text, "f" + f.ToString("R", CultureInfo.InvariantCulture)); break;
                case bool b: Append(text, b ? "b1" : "b0"); break;
                default: Append(text, (string)value, tag: 's'); break;
            }
        }
    }

    /// <summary>Writes <c>length:[tag]value</c>, the length counting the tag.</summary>
    private static void Append(ArrayBufferWriter<byte> text, string value, char? tag = null)
    {
        var length = value.Length + (tag is null ? 0 : 1);
        var span = text.GetSpan(11 + 1 + 1 + Encoding.UTF8.GetMaxByteCount(value.Length));
        length.TryFormat(span, out var written, provider: CultureInfo.InvariantCulture);
        span[written++] = (byte)':';
        if (tag is { } t) span[written++] = (byte)t;
        written += Encoding.UTF8.GetBytes(value, span[written..]);
        text.Advance(written);
    }

    private static void AppendDate(ArrayBufferWriter<byte> text, char? tag, DateOnly date)
    {
        Span<char> chars = stackalloc char[11];
        var at = 0;
        if (tag is { } t) chars[at++] = t;
        date.TryFormat(chars[at..], out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Append(text, new string(chars[..(at + written)]));
    }

    private static string Hash(ArrayBufferWriter<byte> text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(text.WrittenSpan, digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
