using System.Net;
using GraphBuilder.Testing;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Stores.Neo4j.Tests;

public sealed class Neo4jRetryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, bool> ErrorCodes => new()
    {
        { "Neo.TransientError.Transaction.DeadlockDetected", true },
        { "Neo.TransientError.General.DatabaseUnavailable", true },
        { "Neo.TransientError.Transaction.LockAcquisitionTimeout", true },
        { "Neo.TransientError.Cluster.NotALeader", true },
        { "Neo.TransientError.Transaction.Terminated", false },
        { "Neo.TransientError.Transaction.LockClientStopped", false },
        { "Neo.ClientError.Schema.ConstraintValidationFailed", false },
        { "Neo.ClientError.Statement.SyntaxError", false },
        { "Neo.ClientError.Statement.ParameterMissing", false },
        { "Neo.DatabaseError.General.UnknownError", false },
    };

    [Theory]
    [MemberData(nameof(ErrorCodes))]
    public async Task Read_IsRetried_ExactlyForRetryableErrorCodes(string code, bool retried)
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.Script(r => r.Kind == "snapshot-nodes", FakeQueryApiResponse.Error(code), times: 2);

        if (retried)
        {
            await h.NewStore().ReadSnapshotAsync(Token);
            Assert.Equal(3, h.Server.Requests.Count(r => r.Kind == "snapshot-nodes"));
        }
        else
        {
            var error = await Assert.ThrowsAsync<QueryApiException>(() => h.NewStore().ReadSnapshotAsync(Token));
            Assert.Single(h.Server.Requests);
            Assert.False(error.IsTransient);
            Assert.Contains(code, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(500, false)]
    [InlineData(403, false)]
    public async Task Read_IsRetried_ForGatewayStatusCodes(int status, bool retried)
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.ScriptNext(FakeQueryApiResponse.StatusOnly(status), times: 2);

        if (retried)
        {
            await h.NewStore().ReadGraphAsync(Token);
            Assert.Equal(4, h.Server.Requests.Count); // two failures, then nodes and relationships
        }
        else
        {
            await Assert.ThrowsAsync<QueryApiException>(() => h.NewStore().ReadGraphAsync(Token));
            Assert.Single(h.Server.Requests);
        }
    }

    [Fact]
    public async Task Read_IsRetried_AfterConnectionReset()
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.ScriptNext(FakeQueryApiResponse.ConnectionReset());

        await h.NewStore().ReadSnapshotAsync(Token);

        Assert.Equal(2, h.Server.Requests.Count(r => r.Kind == "snapshot-nodes"));
    }

    [Fact]
    public async Task Read_IsRetried_WhenAnAttemptTimesOut()
    {
        await using var h = await StoreHarness.StartAsync(o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));
        h.Server.ScriptNext(FakeQueryApiResponse.Slow(TimeSpan.FromSeconds(20)));

        await h.NewStore().ReadSnapshotAsync(Token);

        Assert.Equal(2, h.Server.Requests.Count(r => r.Kind == "snapshot-nodes"));
    }

    [Fact]
    public async Task Read_FailsAsTransient_WhenRetriesAreExhausted()
    {
        await using var h = await StoreHarness.StartAsync(o => o.MaxRetryAttempts = 2);
        h.Server.ScriptNext(FakeQueryApiResponse.StatusOnly(503), times: 10);

        var error = await Assert.ThrowsAsync<QueryApiException>(() => h.NewStore().ReadSnapshotAsync(Token));

        Assert.True(error.IsTransient);
        Assert.Equal(3, h.Server.Requests.Count);
    }

    [Fact]
    public async Task Unauthorized_FailsFast_NamingUserAndUri_NotThePassword()
    {
        await using var h = await StoreHarness.StartAsync(o => o.Password = "wrong-" + StoreHarness.Password);

        var error = await Assert.ThrowsAsync<StoreException>(() => h.NewStore().ReadSnapshotAsync(Token));

        Assert.Single(h.Server.Requests);
        Assert.False(error.IsTransient);
        Assert.Contains($"'{StoreHarness.User}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(h.Server.Uri.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(StoreHarness.Password, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownDatabase_FailsWithAClearMessage()
    {
        await using var h = await StoreHarness.StartAsync(o => o.Database = "nosuchdb");

        var error = await Assert.ThrowsAsync<QueryApiException>(() => h.NewStore().ReadSnapshotAsync(Token));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains("'nosuchdb'", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task Commit_IsNotRetriedAlone_TheWholeTransactionIsRetried()
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.Script(r => r.IsCommit, FakeQueryApiResponse.StatusOnly(503));

        await h.SyncAsync(new SomeGraph().Node("a").Build());

        Assert.Equal(2, h.Server.Requests.Count(r => r.IsBegin));
        Assert.Equal(2, h.Server.Requests.Count(r => r.IsCommit));
        Assert.Single(h.Server.Graph.Committed.Nodes);
    }
}
