using GraphBuilder.Graph;
using GraphBuilder.Testing;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Stores.Embedded.Tests;

/// <summary>The embedded store records which compiled graph its last sync wrote, in the same transaction.</summary>
public sealed class SqliteSyncMarkerTests : IDisposable
{
    private readonly StoreFile _file = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MissingStore_HasNoMarker()
    {
        Assert.Null(await _file.Store.ReadSyncMarkerAsync(Token));
    }

    [Fact]
    public async Task Apply_RecordsTheGraphHashAndTime_AsACompleteMarker()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var store = new SqliteGraphStore(Options.Create(new EmbeddedStoreOptions { Path = _file.Path }), clock);
        var graph = new SomeGraph().Node("a").Node("b").Relationship("r", "ACCUSES", "a", "b").Build();

        await store.ApplyAsync(GraphDiff.Between(StoreSnapshot.Empty, graph), Token);

        Assert.Equal(new SyncMarker(graph.ContentHash, true, clock.GetUtcNow()), await store.ReadSyncMarkerAsync(Token));
    }

    [Fact]
    public async Task EmptyDiff_RewritesOnlyTheMarker()
    {
        var graph = new SomeGraph().Node("a").Build();
        await _file.SyncAsync(graph);
        var rows = _file.Dump();
        var diff = GraphDiff.Between(await _file.Store.ReadSnapshotAsync(Token), graph) with { GraphHash = "0123" };

        await _file.Store.ApplyAsync(diff, Token);

        Assert.Equal("0123", (await _file.Store.ReadSyncMarkerAsync(Token))!.GraphHash);
        Assert.Equal(rows, _file.Dump());
    }

    public void Dispose() => _file.Dispose();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
