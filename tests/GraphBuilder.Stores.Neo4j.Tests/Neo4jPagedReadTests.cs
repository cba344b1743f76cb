using GraphBuilder.Graph;

namespace GraphBuilder.Stores.Neo4j.Tests;

/// <summary>Snapshots and whole-graph reads travel in pages by id range, never as one response.</summary>
public sealed class Neo4jPagedReadTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Snapshot_IsReadInPagesOrderedById()
    {
        await using var h = await StoreHarness.StartAsync(o => o.ReadPageSize = 100);
        var graph = SomeGraphs.Chain(250);
        await h.SyncAsync(graph);
        h.Server.ClearRequests();

        var snapshot = await h.NewStore().ReadSnapshotAsync(Token);

        var pages = h.Server.Requests.Where(r => r.Kind == "snapshot-nodes").ToArray();
        Assert.Equal(3, pages.Length);
        var ids = graph.Nodes.Select(n => n.Id).ToArray();
        Assert.Equal(["", ids[99], ids[199]], pages.Select(p => (string)p.Parameters["after"]!));
        Assert.All(pages, p => Assert.Equal(100L, p.Parameters["limit"]));
        Assert.Equal(StoreSnapshot.Of(graph).Nodes, snapshot.Nodes);
        Assert.Equal(StoreSnapshot.Of(graph).Relationships, snapshot.Relationships);
    }

    [Fact]
    public async Task ReadGraph_IsReadInPages_AndReturnsEveryElement()
    {
        await using var h = await StoreHarness.StartAsync(o => o.ReadPageSize = 40);
        var graph = SomeGraphs.Chain(100);
        await h.SyncAsync(graph);
        h.Server.ClearRequests();

        var read = await h.NewStore().ReadGraphAsync(Token);

        Assert.Equal(3, h.Server.Requests.Count(r => r.Kind == "read-nodes"));
        Assert.Equal(3, h.Server.Requests.Count(r => r.Kind == "read-relationships"));
        Assert.Equal(graph.ContentHash, read.ContentHash);
    }
}
