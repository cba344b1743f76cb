using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Stores;

namespace GraphBuilder.Testing;

/// <summary>
/// Wraps a store so that, once armed, the next write waits a while before it is applied: a test
/// can stop the host while a sync is inside <see cref="IGraphStore.ApplyAsync"/>.
/// </summary>
public sealed class SlowApplyGraphStore(IGraphStore inner, TimeSpan delay) : IGraphStore
{
    private TaskCompletionSource? _armed;

    public string Description => inner.Description;

    /// <summary>Slows down the next write; the task completes when that write has started.</summary>
    public Task ArmNextApply()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _armed, started);
        return started.Task;
    }

    public Task<StoreSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken) => inner.ReadSnapshotAsync(cancellationToken);

    public async Task ApplyAsync(GraphDiff diff, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _armed, null) is { } started)
        {
            started.SetResult();
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
        await inner.ApplyAsync(diff, cancellationToken).ConfigureAwait(false);
    }

    public Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken) => inner.ReadGraphAsync(cancellationToken);

    public Task<SyncMarker?> ReadSyncMarkerAsync(CancellationToken cancellationToken) => inner.ReadSyncMarkerAsync(cancellationToken);

    public Task<IReadOnlyList<RelationshipMatch>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken) =>
        inner.FindRelationshipsAsync(query, cancellationToken);
}
