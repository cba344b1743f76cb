using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace GraphBuilder.Graph;

/// <summary>
/// One hash for a whole graph: SHA-256 over every element's id and content hash, nodes then
/// relationships, each in id order, shortened to 128 bits (32 hex digits). Two graphs a store would
/// hold identically get the same hash, so a log line or a health answer can say which graph is live.
/// </summary>
public static class GraphContentHash
{
    public static string Of(GraphData graph)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var scratch = new byte[1024];
        foreach (var node in graph.Nodes) Append(sha, ref scratch, node.Id, node.Hash);
        sha.AppendData("|"u8);
        foreach (var relationship in graph.Relationships) Append(sha, ref scratch, relationship.Id, relationship.Hash);
        Span<byte> digest = stackalloc byte[32];
        sha.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    private static void Append(IncrementalHash sha, ref byte[] scratch, string id, string hash)
    {
        AppendText(sha, ref scratch, id);
        AppendText(sha, ref scratch, hash);
    }

    // Length-prefixed, so two different sequences of ids and hashes never give the same bytes.
    private static void AppendText(IncrementalHash sha, ref byte[] scratch, string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length) + 4;
        if (scratch.Length < max) scratch = new byte[max];
        var length = Encoding.UTF8.GetBytes(text, scratch.AsSpan(4));
        BinaryPrimitives.WriteInt32LittleEndian(scratch, length);
        sha.AppendData(scratch, 0, length + 4);
    }
}
