using System.Text.Json;
using GraphBuilder.Graph;

namespace GraphBuilder.Stores.Embedded;

/// <summary>
/// Checks what is read back against the content hash stored with it: a byte changed inside a stored
/// property (by a disk, a tool or a person) either no longer decodes or no longer hashes the same.
/// Reads for queries, exports and the view refuse a damaged element with a plain message; the sync's
/// snapshot marks it changed, so the sync rewrites it from the seeds.
/// </summary>
internal static class StoredElementCheck
{
    /// <summary>A hash no compiled element has, so the diff treats a damaged element as changed.</summary>
    public const string DamagedHash = "damaged";

    public static GraphNode Node(string storePath, string id, string label, string hash, string properties)
    {
        var node = Decode(storePath, "node", id, () => new GraphNode(id, label, StoredPropertyCodec.Decode(properties), hash));
        return ContentHash.OfNode(node.Label, node.Properties) == hash ? node : throw Damaged(storePath, "node", id);
    }

    public static GraphRelationship Relationship(
        string storePath, string id, string type, string startId, string endId, string hash, string properties, string sources)
    {
        var relationship = Decode(storePath, "relationship", id, () => new GraphRelationship(id, type, startId, endId,
            StoredPropertyCodec.Decode(properties), StoredPropertyCodec.DecodeCitations(sources), hash));
        return ContentHash.OfRelationship(type, startId, endId, relationship.Properties, relationship.Sources) == hash
            ? relationship
            : throw Damaged(storePath, "relationship", id);
    }

    /// <summary>The hash the snapshot reports for a stored node: its own when the content matches it, else <see cref="DamagedHash"/>.</summary>
    public static string SnapshotHash(string label, string hash, string properties)
    {
        try
        {
            return ContentHash.OfNode(label, StoredPropertyCodec.Decode(properties)) == hash ? hash : DamagedHash;
        }
        catch (Exception ex) when (IsUndecodable(ex))
        {
            return DamagedHash;
        }
    }

    public static string SnapshotHash(string type, string startId, string endId, string hash, string properties, string sources)
    {
        try
        {
            var matches = ContentHash.OfRelationship(type, startId, endId,
                StoredPropertyCodec.Decode(properties), StoredPropertyCodec.DecodeCitations(sources)) == hash;
            return matches ? hash : DamagedHash;
        }
        catch (Exception ex) when (IsUndecodable(ex))
        {
            return DamagedHash;
        }
    }

    private static T Decode<T>(string storePath, string what, string id, Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (Exception ex) when (IsUndecodable(ex))
        {
            throw Damaged(storePath, what, id);
        }
    }

    private static bool IsUndecodable(Exception ex) =>
        ex is JsonException or StoreException or InvalidOperationException or FormatException or KeyNotFoundException or ArgumentException;

    public static StoreException Damaged(string storePath, string what, string id) => new(
        $"{storePath}: the stored {what} '{id}' does not match its content hash (the file was changed outside GraphBuilder, or is damaged). " +
        "Run 'graphbuilder sync' to rewrite it from the seeds");
}
