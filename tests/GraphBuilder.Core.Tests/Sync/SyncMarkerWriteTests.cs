using GraphBuilder.Graph;
using GraphBuilder.Sync;
using GraphBuilder.Testing;

namespace GraphBuilder.Core.Tests.Sync;

public sealed class SyncMarkerWriteTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteGraph_UnchangedGraphWithACurrentMarker_WritesNothing()
    {
        var store = new CollectingStore();
        var graph = new SomeGraph().Node("a").Build();
        await GraphSyncService.WriteGraphAsync(store, graph, dryRun: false, Token);

        var (diff, applied) = await GraphSyncService.WriteGraphAsync(store, graph, dryRun: false, Token);

        Assert.True(diff.IsEmpty);
        Assert.False(applied);
        Assert.Single(store.Applied);
    }

    [Fact]
    public async Task WriteGraph_UnchangedGraphWithoutAMarker_WritesTheMarkerOnly()
    {
        var store = new CollectingStore();
        var graph = new SomeGraph().Node("a").Build();
        await store.ApplyAsync(GraphDiff.Between(StoreSnapshot.Empty, graph) with { GraphHash = "written-by-an-older-version" }, Token);

        var (diff, applied) = await GraphSyncService.WriteGraphAsync(store, graph, dryRun: false, Token);

        Assert.True(diff.IsEmpty);
        Assert.False(applied);
        Assert.Equal(graph.ContentHash, store.Marker!.GraphHash);
    }

    [Fact]
    public async Task WriteGraph_DryRun_WritesNoMarker()
    {
        var store = new CollectingStore();

        await GraphSyncService.WriteGraphAsync(store, new SomeGraph().Node("a").Build(), dryRun: true, Token);

        Assert.Null(store.Marker);
    }
}
