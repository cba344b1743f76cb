using System.Runtime.CompilerServices;
using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary>An <see cref="IGraphViewSource"/> whose graph a test replaces, signalling through a broadcaster.</summary>
internal sealed class MutableGraphSource(GraphData graph, GraphChangeBroadcaster changes) : IGraphViewSource
{
    private int _reads;

    public GraphData Graph { get; set; } = graph;

    public int Reads => Volatile.Read(ref _reads);

    public Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return Task.FromResult(Graph);
    }

    public async IAsyncEnumerable<long> WatchChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var version in changes.WatchChangesAsync(cancellationToken)) yield return version;
    }
}
