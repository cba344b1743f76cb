using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GraphBuilder.Graph;

/// <summary>
/// Stable content hashes for nodes and relationships: a canonical, length-prefixed text of
/// every field, hashed with SHA-256 and shortened to 128 bits.
/// </summary>
public static class ContentHash
{
    public static string OfNode(string label, PropertyMap properties)
    {
        var text = new StringBuilder();
        Append(text, "N");
        Append(text, label);
        AppendProperties(text, properties);
        return Hash(text);
    }

    public static string OfRelationship(string type, string startId, string endId, PropertyMap properties, IReadOnlyList<Citation> sources)
    {
        var text = new StringBuilder();
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
            Append(text, c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            Append(text, c.Quote);
        }
        return Hash(text);
    }

    private static void AppendProperties(StringBuilder text, PropertyMap properties)
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
                case DateOnly d: Append(text, "d" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                case long l: Append(text, "i" + l.ToString(CultureInfo.InvariantCulture)); break;
                case double f: Append(text, "f" + f.ToString("R", CultureInfo.InvariantCulture)); break;
                case bool b: Append(text, b ? "b1" : "b0"); break;
                default: Append(text, "s" + (string)value); break;
            }
        }
    }

    private static void Append(StringBuilder text, string value) =>
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

    private static string Hash(StringBuilder text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(bytes, digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
