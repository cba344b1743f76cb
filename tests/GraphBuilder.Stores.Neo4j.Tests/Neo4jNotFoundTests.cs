using System.Net;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Stores.Neo4j.Tests;

/// <summary>Neo4j's three kinds of 404 each get their own message and next step.</summary>
public sealed class Neo4jNotFoundTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DatabaseNotFound_SaysSoAndHowToFixIt()
    {
        await using var h = await StoreHarness.StartAsync(o => o.Database = "nosuchdb");

        var error = await Assert.ThrowsAsync<QueryApiException>(() => h.NewStore().ReadSnapshotAsync(Token));

        Assert.Equal(QueryApiFailure.DatabaseNotFound, error.Failure);
        Assert.Contains("'nosuchdb'", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransactionNotFound_IsNotReportedAsAMissingDatabase()
    {
        await using var h = await StoreHarness.StartAsync(o => o.MaxRetryTime = TimeSpan.Zero);
        h.Server.Script(r => r.Kind == "merge-nodes", FakeQueryApiResponse.TransactionNotFound("tx1"));

        var error = await Assert.ThrowsAsync<QueryApiException>(() => h.SyncAsync(SomeGraphs.Chain(2)));

        Assert.Equal(QueryApiFailure.TransactionNotFound, error.Failure);
        Assert.DoesNotContain("database does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("no longer knows the transaction", error.Message, StringComparison.Ordinal);
        Assert.Contains("sticky", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryApiDisabled_IsToldFromTheDiscoveryDocument()
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.QueryApiEnabled = false;

        var error = await Assert.ThrowsAsync<QueryApiException>(() => h.NewStore().ReadSnapshotAsync(Token));

        Assert.Equal(QueryApiFailure.QueryApiDisabled, error.Failure);
        Assert.Contains("server.http_enabled_modules", error.Message, StringComparison.Ordinal);
        Assert.Contains(h.Server.Requests, r => r.Method == "GET" && r.Path == "/");
    }

    [Fact]
    public async Task BareNotFound_WithTheQueryApiAdvertised_PointsAtTheAddress()
    {
        await using var h = await StoreHarness.StartAsync();
        h.Server.Script(r => r.Kind == "snapshot-nodes", FakeQueryApiResponse.StatusOnly(404));

        var error = await Assert.ThrowsAsync<QueryApiException>(() => h.NewStore().ReadSnapshotAsync(Token));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(QueryApiFailure.Error, error.Failure);
        Assert.Contains("7474", error.Message, StringComparison.Ordinal);
    }
}
