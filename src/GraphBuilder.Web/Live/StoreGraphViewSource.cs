using GraphBuilder.Graph;
using GraphBuilder.Stores;

namespace GraphBuilder.Web;

/// <summary>The graph view over a graph store, refreshed by a <see cref="GraphChangeBroadcaster"/>.</summary>
internal sealed class StoreGraphViewSource(IGraphStore store, GraphChangeBroadcaster changes) : IGraphViewSource
{
    public Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken) => store.ReadGraphAsync(cancellationToken);

    public IAsyncEnumerable<long> WatchChangesAsync(CancellationToken cancellationToken) => changes.WatchChangesAsync(cancellationToken);
}
