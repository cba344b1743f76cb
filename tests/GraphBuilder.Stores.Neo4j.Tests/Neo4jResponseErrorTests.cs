using GraphBuilder.Testing;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Stores.Neo4j.Tests;

/// <summary>Neo4j answers 202 before a statement finishes and streams its error after the data: the store reads every body whole.</summary>
public sealed class Neo4jResponseErrorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadGraph_FailsWithTheCode_WhenAnErrorFollowsSomeRows()
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(new SomeGraph().Nodes(5, "State").Build());
        h.Server.Graph.FailStatement(r => r.Kind == "read-nodes", "Neo.ClientError.Statement.ArithmeticError", rowsBefore: 2);

        var error = await Assert.ThrowsAsync<QueryApiException>(() => h.NewStore().ReadGraphAsync(Token));

        Assert.Contains("Neo.ClientError.Statement.ArithmeticError", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Read_WithATransientErrorAfterData_IsRetried_AndReturnsEveryRow()
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(new SomeGraph().Nodes(5, "State").Build());
        h.Server.Graph.FailStatement(r => r.Kind == "snapshot-nodes", "Neo.TransientError.Transaction.DeadlockDetected", rowsBefore: 3);
        h.Server.ClearRequests();

        var snapshot = await h.NewStore().ReadSnapshotAsync(Token);

        Assert.Equal(5, snapshot.Nodes.Count);
        Assert.Equal(2, h.Server.Requests.Count(r => r.Kind == "snapshot-nodes"));
    }

    [Fact]
    public async Task Write_DeadlockReportedAfterData_IsNotTakenAsSuccess()
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.Graph.FailStatement(r => r.Kind == "merge-nodes", "Neo.TransientError.Transaction.DeadlockDetected");

        await h.SyncAsync(new SomeGraph().Nodes(3, "State").Build());

        // The deadlock terminated the first transaction; the whole unit of work ran again and committed.
        Assert.Equal(2, h.Server.Graph.Begins);
        Assert.Equal(1, h.Server.Graph.Commits);
        Assert.Equal(3, h.Server.Graph.Committed.Nodes.Count);
    }
}
