using GraphBuilder.Graph;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Stores.Neo4j.Tests;

/// <summary>Large diffs go as several transactions in a consistent order; the marker says whether the last sync finished.</summary>
public sealed class Neo4jBoundedTransactionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Task<StoreHarness> StartAsync() => StoreHarness.StartAsync(o =>
    {
        o.BatchSize = 100;
        o.MaxTransactionRows = 300;
    });

    [Fact]
    public async Task LargeDiff_IsWrittenInTransactionsOfAtMostTheConfiguredRows()
    {
        await using var h = await StartAsync();
        var graph = SomeGraphs.Chain(500);

        await h.SyncAsync(graph);

        Assert.InRange(h.Server.Graph.Commits, 4, 5); // 999 rows in transactions of 300
        Assert.InRange(h.Server.Graph.LargestCommittedTransactionRows, 1, 300);
        Assert.Equal(StoreSnapshot.Of(graph).Relationships, (await h.NewStore().ReadSnapshotAsync(Token)).Relationships);
        var marker = await h.NewStore().ReadSyncMarkerAsync(Token);
        Assert.Equal(new { Hash = graph.ContentHash, Complete = true }, new { Hash = marker!.GraphHash, marker.Complete });
    }

    [Fact]
    public async Task SmallDiff_StaysOneTransaction_WithTheMarkerInIt()
    {
        await using var h = await StartAsync();
        var graph = SomeGraphs.Chain(100);

        await h.SyncAsync(graph);

        Assert.Equal(1, h.Server.Graph.Commits);
        var inTransaction = h.Server.Requests.Where(r => r.TransactionId is not null && !r.IsCommit).ToArray();
        Assert.Equal("write-marker", inTransaction[^1].Kind);
        Assert.Equal(true, h.Server.Graph.Committed.Marker!["complete"]);
    }

    [Fact]
    public async Task Transactions_DeleteRelationshipsThenNodes_ThenMergeNodesThenRelationships()
    {
        await using var h = await StartAsync();
        await h.SyncAsync(SomeGraphs.Chain(400, "old"));
        h.Server.ClearRequests();

        await h.SyncAsync(SomeGraphs.Chain(400, "new"));

        string[] order = ["delete-relationships", "delete-nodes", "merge-nodes", "merge-relationships"];
        var kinds = h.Server.Requests.Select(r => r.Kind).Where(k => order.Contains(k)).Distinct().ToArray();
        Assert.Equal(order, kinds);
        var writes = h.Server.Requests.Where(r => order.Contains(r.Kind)).Select(r => Array.IndexOf(order, r.Kind)).ToArray();
        Assert.Equal(writes.Order(), writes);
    }

    [Fact]
    public async Task SyncInterruptedBetweenCommits_LeavesAConsistentPartialGraph_AndTheNextSyncConverges()
    {
        await using var h = await StartAsync();
        await h.SyncAsync(SomeGraphs.Chain(300, "old"));
        var wanted = SomeGraphs.Chain(400, "new");
        var commits = 0;
        h.Server.Script(r => r.IsCommit && ++commits == 3,
            FakeQueryApiResponse.Error("Neo.ClientError.Security.Forbidden", "the server stopped accepting writes"));

        await Assert.ThrowsAsync<QueryApiException>(() => h.SyncAsync(wanted));

        var partial = h.Server.Graph.Committed;
        Assert.All(partial.Relationships.Values, r => Assert.True(partial.Nodes.ContainsKey(r.StartId) && partial.Nodes.ContainsKey(r.EndId)));
        var marker = await h.NewStore().ReadSyncMarkerAsync(Token);
        Assert.Equal(new { Hash = wanted.ContentHash, Complete = false }, new { Hash = marker!.GraphHash, marker.Complete });

        await h.SyncAsync(wanted);

        var snapshot = await h.NewStore().ReadSnapshotAsync(Token);
        Assert.Equal(StoreSnapshot.Of(wanted).Nodes, snapshot.Nodes);
        Assert.Equal(StoreSnapshot.Of(wanted).Relationships, snapshot.Relationships);
        Assert.True((await h.NewStore().ReadSyncMarkerAsync(Token))!.Complete);
    }

    [Fact]
    public async Task UnchangedGraph_WithAPartialMarker_GetsItsMarkerCompleted()
    {
        await using var h = await StartAsync();
        var graph = SomeGraphs.Chain(10);
        await h.SyncAsync(graph);
        h.Server.Graph.Committed.Marker = new Dictionary<string, object?> { ["hash"] = graph.ContentHash, ["complete"] = false, ["writtenAt"] = "2026-01-01T00:00:00Z" };

        var diff = await h.SyncAsync(graph);

        Assert.True(diff.IsEmpty);
        Assert.Equal(true, h.Server.Graph.Committed.Marker!["complete"]);
    }
}
