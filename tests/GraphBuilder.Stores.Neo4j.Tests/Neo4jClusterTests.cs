namespace GraphBuilder.Stores.Neo4j.Tests;

/// <summary>Explicit transactions need every request on one cluster member; without sticky routing, batches go as auto-commit requests.</summary>
public sealed class Neo4jClusterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StickyCluster_RoutesEveryRequestOfATransactionByItsAffinity()
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.Graph.Members = 2;
        h.Server.Graph.Sticky = true;

        await h.SyncAsync(SomeGraphs.Chain(5));

        Assert.Equal(5, h.Server.Graph.Committed.Nodes.Count);
        Assert.Equal(1, h.Server.Graph.Begins);
    }

    [Fact]
    public async Task ClusterWithoutStickiness_FailsExplicitTransactions_WithAClearNextStep()
    {
        await using var h = await StoreHarness.StartAsync(o => o.MaxRetryTime = TimeSpan.FromMilliseconds(200));
        h.Server.Graph.Members = 2;
        h.Server.Graph.Sticky = false;

        var error = await Assert.ThrowsAsync<QueryApiException>(() => h.SyncAsync(SomeGraphs.Chain(5)));

        Assert.Equal(QueryApiFailure.TransactionNotFound, error.Failure);
        Assert.Contains("ExplicitTransactions=false", error.Message, StringComparison.Ordinal);
        Assert.Empty(h.Server.Graph.Committed.Nodes);
    }

    [Fact]
    public async Task ClusterWithoutStickiness_SyncsWithAutoCommitBatches()
    {
        await using var h = await StoreHarness.StartAsync(o => o.ExplicitTransactions = false);
        h.Server.Graph.Members = 2;
        h.Server.Graph.Sticky = false;
        var graph = SomeGraphs.Chain(5);

        await h.SyncAsync(graph);

        Assert.Equal(0, h.Server.Graph.Begins);
        Assert.Equal(graph.ContentHash, (await h.NewStore().ReadSyncMarkerAsync(Token))!.GraphHash);
        Assert.Equal(5, h.Server.Graph.Committed.Nodes.Count);
    }
}
