using System.Diagnostics;
using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Stores;

namespace GraphBuilder.Benchmarks;

/// <summary>Wraps a store to time its snapshot reads and writes, so a sync splits into pipeline, snapshot, diff and apply.</summary>
public sealed class TimingStore(IGraphStore inner) : IGraphStore
{
    public TimeSpan SnapshotTime { get; private set; }
    public TimeSpan ApplyTime { get; private set; }
    public long RowsApplied { get; private set; }

    public string Description => inner.Description;

    public void Reset() => (SnapshotTime, ApplyTime, RowsApplied) = (TimeSpan.Zero, TimeSpan.Zero, 0);

    public async Task<StoreSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var snapshot = await inner.ReadSnapshotAsync(cancellationToken);
        SnapshotTime += watch.Elapsed;
        return snapshot;
    }

    public async Task ApplyAsync(GraphDiff diff, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await inner.ApplyAsync(diff, cancellationToken);
        ApplyTime += watch.Elapsed;
        var c = diff.Counts;
        RowsApplied += c.NodesAdded + c.NodesChanged + c.NodesRemoved + c.RelationshipsAdded + c.RelationshipsChanged + c.RelationshipsRemoved;
    }

    public Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken) => inner.ReadGraphAsync(cancellationToken);

    public Task<SyncMarker?> ReadSyncMarkerAsync(CancellationToken cancellationToken) => inner.ReadSyncMarkerAsync(cancellationToken);

    public Task<IReadOnlyList<RelationshipMatch>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken) =>
        inner.FindRelationshipsAsync(query, cancellationToken);
}
