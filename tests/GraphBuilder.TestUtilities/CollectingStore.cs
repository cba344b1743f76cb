using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Stores;

namespace GraphBuilder.Testing;

/// <summary>
/// An in-memory <see cref="IGraphStore"/> that records every diff applied and keeps the resulting
/// graph, for testing what the sync writes without a database.
/// </summary>
public sealed class CollectingStore : IGraphStore
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphRelationship> _relationships = new(StringComparer.Ordinal);

    public string Description => "collecting store";

    /// <summary>Every diff passed to <see cref="ApplyAsync"/>, in order.</summary>
    public List<GraphDiff> Applied { get; } = [];

    /// <summary>The marker of the last apply (always complete: the collecting store applies a diff at once).</summary>
    public SyncMarker? Marker { get; set; }

    public GraphData Graph => new(_nodes.Values, _relationships.Values);

    public Task<StoreSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken) => Task.FromResult(StoreSnapshot.Of(Graph));

    public Task ApplyAsync(GraphDiff diff, CancellationToken cancellationToken)
    {
        Applied.Add(diff);
        foreach (var removed in diff.RemovedRelationships) _relationships.Remove(removed.Id);
        foreach (var removed in diff.RemovedNodes) _nodes.Remove(removed.Id);
        foreach (var node in diff.UpsertNodes) _nodes[node.Id] = node;
        foreach (var rel in diff.UpsertRelationships) _relationships[rel.Id] = rel;
        Marker = new SyncMarker(diff.GraphHash, Complete: true, DateTimeOffset.UnixEpoch);
        return Task.CompletedTask;
    }

    public Task<SyncMarker?> ReadSyncMarkerAsync(CancellationToken cancellationToken) => Task.FromResult(Marker);

    public Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken) => Task.FromResult(Graph);

    public Task<IReadOnlyList<RelationshipMatch>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the collecting store records writes only; query the embedded store instead");
}
