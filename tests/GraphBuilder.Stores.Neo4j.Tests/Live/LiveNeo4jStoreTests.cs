using GraphBuilder.Export;
using GraphBuilder.Graph;
using GraphBuilder.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Stores.Neo4j.Tests.Live;

/// <summary>
/// Against a real Neo4j; touches only elements whose ids start with "gb-live-" (and the store's sync
/// marker) and removes them afterwards.
/// </summary>
public sealed class LiveNeo4jStoreTests
{
    private const string Prefix = OwnElements.Prefix;
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static GraphData Graph(string albaniaName = "Albania") => new SomeGraph()
        .Node(Prefix + "albania", "State", albaniaName, ["Tirana", "O'Brien `x` \"y\""])
        .Node(Prefix + "iran", "State", "Iran")
        .Node(Prefix + "nato", "Organisation", "NATO")
        .Node(Prefix + "src", "Source", "A source", extra: p => p.With("published", new DateOnly(2022, 9, 10)).With("score", 1.0))
        .Relationship(Prefix + "f1", "ACCUSES", Prefix + "albania", Prefix + "iran",
            [SomeGraph.Cite(Prefix + "src", "quote with 'quotes' and\nnewline"), new Citation("x", "P", "T", null, "q")],
            p => p.With("date_start", new DateOnly(2022, 7, 1)))
        .Relationship(Prefix + "albania/MEMBER_OF/nato", "MEMBER_OF", Prefix + "albania", Prefix + "nato")
        .Build();

    [Theory]
    [MemberData(nameof(LiveNeo4j.Images), MemberType = typeof(LiveNeo4j))]
    public async Task Sync_ReadBack_Resync_Query_AndCleanUp(string image)
    {
        await using var services = await LiveNeo4j.ServicesOrSkipAsync(image);
        var store = services.GetRequiredService<Neo4jGraphStore>();
        try
        {
            await OwnElements.SyncAsync(store, Graph());
            var read = OwnElements.Of(await store.ReadGraphAsync(Token));
            Assert.Equal(JsonGraphWriter.ToJson(Graph()), JsonGraphWriter.ToJson(read));

            Assert.True(OwnElements.Diff(await store.ReadSnapshotAsync(Token), Graph()).IsEmpty);

            await OwnElements.SyncAsync(store, Graph("Republic of Albania"));
            var found = await store.FindRelationshipsAsync(new(["ACCUSES"], Subject: "TIRANA"), Token);
            var match = Assert.Single(found, m => m.Relationship.Id.StartsWith(Prefix, StringComparison.Ordinal));
            Assert.Equal("Republic of Albania", match.Start.Name);
            Assert.Equal(2, match.Relationship.Sources.Count);
        }
        finally
        {
            await OwnElements.SyncAsync(store, GraphData.Empty);
        }
    }

    [Theory]
    [MemberData(nameof(LiveNeo4j.Images), MemberType = typeof(LiveNeo4j))]
    public async Task LargeSync_GoesAsBoundedTransactions_AndMarksTheStoreComplete(string image)
    {
        await using var services = await LiveNeo4j.ServicesOrSkipAsync(image, o =>
        {
            o.BatchSize = 10;
            o.MaxTransactionRows = 30;
        });
        var store = services.GetRequiredService<Neo4jGraphStore>();
        var chain = new SomeGraph().Nodes(60, "State", Prefix + "chain");
        for (var i = 0; i + 1 < 60; i++) chain.Relationship($"{Prefix}chain-r{i}", "ACCUSES", $"{Prefix}chain-{i}", $"{Prefix}chain-{i + 1}");
        var graph = chain.Build();
        try
        {
            var diff = OwnElements.Diff(await store.ReadSnapshotAsync(Token), graph);
            await store.ApplyAsync(diff, Token);

            Assert.Equal(JsonGraphWriter.ToJson(graph), JsonGraphWriter.ToJson(OwnElements.Of(await store.ReadGraphAsync(Token))));
            var marker = await store.ReadSyncMarkerAsync(Token);
            Assert.Equal(new { Hash = diff.GraphHash, Complete = true }, new { Hash = marker!.GraphHash, marker.Complete });
            // A sync takes the marker from the snapshot's first page (one UNION ALL statement), not from a read of its own.
            Assert.Equal(marker, (await store.ReadSnapshotAndMarkerAsync(Token)).Marker);
        }
        finally
        {
            await OwnElements.SyncAsync(store, GraphData.Empty);
        }
    }

    [Theory]
    [MemberData(nameof(LiveNeo4j.Images), MemberType = typeof(LiveNeo4j))]
    public async Task CommitWhoseReplyIsLost_IsRetriedWhole_AndLeavesTheRightGraph(string image)
    {
        var lose = new LostReplyHandler(r => r.RequestUri!.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal), times: 1);
        await using var services = await LiveNeo4j.ServicesOrSkipAsync(image, handler: lose);
        var store = services.GetRequiredService<Neo4jGraphStore>();
        try
        {
            await OwnElements.SyncAsync(store, Graph());

            Assert.Equal(1, lose.Lost);
            Assert.Equal(JsonGraphWriter.ToJson(Graph()), JsonGraphWriter.ToJson(OwnElements.Of(await store.ReadGraphAsync(Token))));
        }
        finally
        {
            await OwnElements.SyncAsync(store, GraphData.Empty);
        }
    }
}
