using GraphBuilder.Graph;

namespace GraphBuilder.Web;

/// <summary>What the served graph view reads: the current graph, and a signal when it changes.</summary>
public interface IGraphViewSource
{
    /// <summary>Reads the whole graph as it is now.</summary>
    Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Yields the current version at once, then a newer version after each change, until
    /// cancelled (then it ends without throwing). Versions only grow; bursts may be coalesced,
    /// so a watcher can skip versions but never misses that something changed.
    /// </summary>
    IAsyncEnumerable<long> WatchChangesAsync(CancellationToken cancellationToken);
}
