using GraphBuilder.Testing;
using GraphBuilder.Testing.Neo4j;
using Microsoft.Extensions.Time.Testing;

namespace GraphBuilder.Stores.Neo4j.Tests;

/// <summary>A write is a unit of work retried whole, like the drivers' managed transactions.</summary>
public sealed class Neo4jManagedTransactionTests
{
    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected")]
    [InlineData("Neo.TransientError.Transaction.LockAcquisitionTimeout")]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable")]
    public async Task TransientErrorInsideTheTransaction_RetriesTheWholeTransaction(string code)
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.Graph.FailStatement(r => r.Kind == "merge-relationships", code);

        await h.SyncAsync(SomeGraphs.Chain(4));

        Assert.Equal(2, h.Server.Graph.Begins);
        var retried = h.Server.Requests.SkipWhile(r => !r.IsBegin).Skip(1).SkipWhile(r => !r.IsBegin).ToArray();
        Assert.Contains(retried, r => r.Kind == "merge-nodes"); // the retry starts from the beginning of the unit
        Assert.Equal(3, h.Server.Graph.Committed.Relationships.Count);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.Terminated")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped")]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed")]
    public async Task ErrorsThatRetryingCannotFix_FailFast_WithTheirCode(string code)
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.Graph.FailStatement(r => r.Kind == "merge-nodes", code);

        var error = await Assert.ThrowsAsync<QueryApiException>(() => h.SyncAsync(SomeGraphs.Chain(2)));

        Assert.Equal(1, h.Server.Graph.Begins);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        Assert.Empty(h.Server.Graph.Committed.Nodes);
    }

    [Fact]
    public async Task ConnectionResetMidTransaction_RetriesTheWholeTransaction()
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.Script(r => r.Kind == "merge-nodes", FakeQueryApiResponse.ConnectionReset());

        await h.SyncAsync(SomeGraphs.Chain(3));

        Assert.Equal(2, h.Server.Graph.Begins);
        Assert.Equal(3, h.Server.Graph.Committed.Nodes.Count);
    }

    [Fact]
    public async Task ExpiredTransaction_IsStartedAgain()
    {
        var serverClock = new FakeTimeProvider();
        await using var h = await StoreHarness.StartAsync();
        h.Server.Graph.Clock = serverClock;
        var advanced = false;
        h.Server.OnRequest = r =>
        {
            if (r.Kind != "merge-nodes" || advanced) return;
            advanced = true;
            serverClock.Advance(h.Server.Graph.IdleTimeout + TimeSpan.FromSeconds(1)); // the client stalled: Neo4j rolled the transaction back
        };

        await h.SyncAsync(SomeGraphs.Chain(3));

        Assert.Contains(h.Server.Requests, r => r.Kind == "merge-nodes" && r.TransactionId is not null);
        Assert.Equal(2, h.Server.Graph.Begins);
        Assert.Equal(3, h.Server.Graph.Committed.Nodes.Count);
    }

    [Fact]
    public async Task Retries_StopAfterTheMaximumRetryTime_AsTransient()
    {
        var clock = new FakeTimeProvider();
        await using var h = await StoreHarness.StartAsync(o =>
        {
            o.RetryBaseDelay = TimeSpan.Zero;
            o.MaxRetryTime = TimeSpan.FromSeconds(30);
            o.RequestTimeout = TimeSpan.FromMinutes(5); // the fake clock must not trip HTTP timeouts
            o.TotalTimeout = TimeSpan.FromMinutes(10);
        }, clock);
        h.Server.Graph.FailStatement(r => r.Kind == "merge-nodes", "Neo.TransientError.Transaction.DeadlockDetected", times: 1000);
        h.Server.OnRequest = r =>
        {
            if (r.IsBegin) clock.Advance(TimeSpan.FromSeconds(7));
        };

        var error = await Assert.ThrowsAsync<QueryApiException>(() => h.SyncAsync(SomeGraphs.Chain(2)));

        Assert.True(error.IsTransient); // the worker may try again later
        Assert.InRange(h.Server.Graph.Begins, 4, 6); // attempts at 7, 14, 21, 28 (35 is past the 30 s cap)
    }

    [Fact]
    public async Task MemoryLimit_MakesTheNextAttemptUseSmallerTransactions()
    {
        await using var h = await StoreHarness.StartAsync(o =>
        {
            o.BatchSize = 500;
            o.MaxTransactionRows = 8000;
        });
        h.Server.Graph.TransactionRowLimit = 3000;
        var graph = new SomeGraph().Nodes(7000, "State").Build();

        await h.SyncAsync(graph);

        Assert.Equal(7000, h.Server.Graph.Committed.Nodes.Count);
        Assert.InRange(h.Server.Graph.LargestCommittedTransactionRows, 1, 3000);
        Assert.Equal(graph.ContentHash, h.Server.Graph.Committed.Marker!["hash"]);
        Assert.Equal(true, h.Server.Graph.Committed.Marker!["complete"]);
    }

    [Fact]
    public async Task MemoryLimit_EvenForSmallTransactions_FailsAsAConfigurationProblem()
    {
        await using var h = await StoreHarness.StartAsync(o =>
        {
            o.BatchSize = 100;
            o.MaxTransactionRows = 400;
        });
        h.Server.Graph.TransactionRowLimit = 50;

        var error = await Assert.ThrowsAsync<StoreException>(() => h.SyncAsync(new SomeGraph().Nodes(500, "State").Build()));

        Assert.False(error.IsTransient); // the worker must not retry it forever
        Assert.Contains("dbms.memory.transaction.total.max", error.Message, StringComparison.Ordinal);
    }
}
