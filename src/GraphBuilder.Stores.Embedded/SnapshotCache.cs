using GraphBuilder.Graph;

namespace GraphBuilder.Stores.Embedded;

/// <summary>
/// The last snapshot this process read or wrote, stamped with the store's generation counter (meta
/// 'generation', bumped by every apply) and the file's write time and length. While the stamp still
/// matches, nobody else has written the store, so the snapshot need not be read again.
/// </summary>
internal sealed class SnapshotCache
{
    private readonly Lock _gate = new();
    private Entry? _entry;

    /// <summary>What identifies one state of the store file; <see cref="Absent"/> when there is no file yet.</summary>
    public readonly record struct Stamp(long Generation, DateTime WriteTimeUtc, long Length)
    {
        public static Stamp Absent => new(0, default, 0);

        public static Stamp Of(string path, long generation)
        {
            var info = new FileInfo(path);
            return new Stamp(generation, info.LastWriteTimeUtc, info.Length);
        }
    }

    public StoreSnapshot? TryGet(Stamp stamp)
    {
        lock (_gate) return _entry is { } e && e.Stamp == stamp ? new StoreSnapshot(e.Nodes, e.Relationships) : null;
    }

    public void Set(Stamp stamp, Dictionary<string, ElementState> nodes, Dictionary<string, ElementState> relationships)
    {
        lock (_gate) _entry = new Entry(stamp, nodes, relationships);
    }

    public void Invalidate()
    {
        lock (_gate) _entry = null;
    }

    /// <summary>
    /// After a committed apply: when the cache held the state the diff was applied to, it becomes the
    /// new state (a copy, so snapshots already handed out never change); otherwise it is dropped.
    /// </summary>
    public void Advance(Stamp before, GraphDiff diff, Stamp after)
    {
        lock (_gate)
        {
            if (_entry is not { } e || e.Stamp != before)
            {
                _entry = null;
                return;
            }
            var nodes = new Dictionary<string, ElementState>(e.Nodes, StringComparer.Ordinal);
            var relationships = new Dictionary<string, ElementState>(e.Relationships, StringComparer.Ordinal);
            // Sized once: a first sync adds every row, and growing by doubling allocates and rehashes them again.
            nodes.EnsureCapacity(nodes.Count + diff.AddedNodes.Count);
            relationships.EnsureCapacity(relationships.Count + diff.AddedRelationships.Count);
            foreach (var removed in diff.RemovedRelationships) relationships.Remove(removed.Id);
            foreach (var removed in diff.RemovedNodes) nodes.Remove(removed.Id);
            foreach (var node in diff.UpsertNodes) nodes[node.Id] = new ElementState(node.Label, node.Hash);
            foreach (var rel in diff.UpsertRelationships) relationships[rel.Id] = new ElementState(rel.Type, rel.Hash);
            _entry = new Entry(after, nodes, relationships);
        }
    }

    private sealed record Entry(Stamp Stamp, Dictionary<string, ElementState> Nodes, Dictionary<string, ElementState> Relationships);
}
