using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Stores.Neo4j.Tests;

/// <summary>
/// After a request the client gave up on, Neo4j may still run the statement and refuse the rollback
/// (ConcurrentRequest) while the transaction keeps its locks: the store asks again and retries only after.
/// </summary>
public sealed class Neo4jAbandonedStatementTests
{
    [Fact]
    public async Task RollbackRefusedWhileTheStatementRuns_IsAskedAgain_AndTheRetryBeginsOnlyAfterItWentThrough()
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.Script(r => r.Kind == "merge-nodes", FakeQueryApiResponse.ConnectionReset());
        h.Server.Script(r => r.IsRollback, FakeQueryApiResponse.ConcurrentRequest(), times: 2);

        await h.SyncAsync(SomeGraphs.Chain(3));

        var requests = h.Server.Requests.ToList();
        Assert.Equal(3, requests.Count(r => r.IsRollback));
        Assert.Equal(2, h.Server.Graph.Begins);
        Assert.True(requests.FindLastIndex(r => r.IsBegin) > requests.FindLastIndex(r => r.IsRollback), "the retry began before the rollback went through");
        Assert.Equal(1, h.Server.Graph.Rollbacks);
        Assert.Equal(3, h.Server.Graph.Committed.Nodes.Count);
    }

    [Fact]
    public async Task RollbackRefusedOnEveryAttempt_IsAskedAgainOnlyUntilTheRetryTimeRunsOut_AndNothingIsRetriedBehindIt()
    {
        await using var h = await StoreHarness.StartAsync(o => o.MaxRetryTime = TimeSpan.FromMilliseconds(300));
        h.Server.Script(r => r.Kind == "merge-nodes", FakeQueryApiResponse.ConnectionReset());
        h.Server.Script(r => r.IsRollback, FakeQueryApiResponse.ConcurrentRequest(), times: 100_000);

        await Assert.ThrowsAnyAsync<StoreException>(() => h.SyncAsync(SomeGraphs.Chain(3)));

        Assert.True(h.Server.Requests.Count(r => r.IsRollback) > 1, "a refused rollback was not asked again");
        Assert.Equal(1, h.Server.Graph.Begins);
        Assert.Contains(h.Logs, l => l.Message.Contains("the server discards the transaction when it expires", StringComparison.Ordinal));
        Assert.Empty(h.Server.Graph.Committed.Nodes);
    }
}
