using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Stores;

namespace GraphBuilder.Testing;

/// <summary>
/// Wraps a store and makes its next N snapshot reads or writes throw a <see cref="StoreException"/>
/// (transient by default, like a server that is down), then behaves normally again.
/// </summary>
public sealed class FlakyGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly Lock _gate = new();
    private int _failuresLeft;
    private bool _transient = true;
    private int _failures;

    /// <summary>How many calls have failed so far.</summary>
    public int Failures
    {
        get { lock (_gate) return _failures; }
    }

    public string Description => inner.Description;

    /// <summary>Makes the next <paramref name="count"/> reads or writes fail.</summary>
    public void FailNext(int count, bool transient = true)
    {
        lock (_gate)
        {
            _failuresLeft = count;
            _transient = transient;
        }
    }

    public Task<StoreSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return inner.ReadSnapshotAsync(cancellationToken);
    }

    public Task ApplyAsync(GraphDiff diff, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return inner.ApplyAsync(diff, cancellationToken);
    }

    public Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken) => inner.ReadGraphAsync(cancellationToken);

    public Task<SyncMarker?> ReadSyncMarkerAsync(CancellationToken cancellationToken) => inner.ReadSyncMarkerAsync(cancellationToken);

    public Task<IReadOnlyList<RelationshipMatch>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken) =>
        inner.FindRelationshipsAsync(query, cancellationToken);

    private void ThrowIfDown()
    {
        lock (_gate)
        {
            if (_failuresLeft == 0) return;
            _failuresLeft--;
            _failures++;
            throw new StoreException(_transient ? "test store is unreachable" : "test store rejected the write", _transient);
        }
    }
}
