using GraphBuilder.Export;
using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;
using GraphBuilder.Testing;

namespace GraphBuilder.Stores.Embedded.Tests;

public sealed class SqliteGraphStoreRoundTripTests : IDisposable
{
    private readonly StoreFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task ReadGraph_ReturnsExactlyWhatWasWritten_ValuesTypesAndCitations()
    {
        string[] tricky = ["it's \"quoted\"", "line one\nline two\r\n\ttabbed", "'; DROP TABLE nodes; --", "Stéphane — “curly” ‘quotes’ 🚀", "", "$date", "{\"$date\":\"2022-09-07\"}"];
        var graph = Some.Graph(
        [
            Some.Node("a'; DROP TABLE nodes; --", "State", ("name", tricky[0]), ("note", tricky[1]), ("aliases", tricky), ("empty", Array.Empty<string>())),
            Some.Node("b", "Source", ("published", new DateOnly(2022, 9, 10)), ("count", 42L), ("big", long.MaxValue), ("ratio", 0.1), ("whole", 2.0), ("flag", false), ("text", tricky[6])),
        ],
        [
            Some.Relationship("r\n1", "ACCUSES", "a'; DROP TABLE nodes; --", "b",
                [new Citation("s'1", "P \"ub\"", "T\nitle", new DateOnly(2022, 9, 10), tricky[2]), new Citation("s2", "P", "T", null, tricky[3]) { Reviews = [new CitationReview("direction", tricky[0], "2026-12-04", tricky[1])] }],
                ("date", "2022-09"), ("date_start", new DateOnly(2022, 9, 1)), ("date_end", new DateOnly(2022, 9, 30)), ("about", tricky[1])),
        ]);

        await _file.SyncAsync(graph);
        var stored = await _file.Store.ReadGraphAsync(TestContext.Current.CancellationToken);

        Assert.Equal(JsonGraphWriter.ToJson(graph), JsonGraphWriter.ToJson(stored));
        var b = stored.Nodes.Single(n => n.Id == "b");
        Assert.IsType<DateValue>(b.Properties["published"]);
        Assert.Equal(new FloatValue(2.0), b.Properties["whole"]);
        Assert.IsType<IntegerValue>(b.Properties["count"]);
        Assert.Equal(tricky[6], b.Properties.GetString("text"));
        Assert.Equal(graph.Nodes.Select(n => n.Hash), stored.Nodes.Select(n => n.Hash));
        var rel = Assert.Single(stored.Relationships);
        Assert.Equal(graph.Relationships[0].Sources, rel.Sources);
        Assert.Equal(graph.Relationships[0].Hash, rel.Hash);
        // Stored properties re-hash to the stored hash: nothing was lost or retyped on the way.
        Assert.Equal(rel.Hash, ContentHash.OfRelationship(rel.Type, rel.StartId, rel.EndId, rel.Properties, rel.Sources));
        Assert.All(stored.Nodes, n => Assert.Equal(n.Hash, ContentHash.OfNode(n.Label, n.Properties)));
        Assert.Equal(2, _file.Query("SELECT count(*) FROM nodes").Single()[0] is long count ? count : -1);
    }

    /// <summary>Sizes that are not multiples of the writer's batch, above and below the index-rebuild threshold.</summary>
    private static GraphData Bulk(int nodes, int relationships, int variant)
    {
        string[] texts = ["", "Stéphane 🚀", "it's \"quoted\"", "line\nbreak", "plain"];
        return Some.Graph(
            Enumerable.Range(0, nodes).Select(i => Some.Node($"n{i:D4}", i % 7 == 0 ? "Organisation" : "State",
                ("name", $"Name {i} {texts[(i + variant) % texts.Length]}"), ("aliases", new[] { texts[i % texts.Length], $"alias {i}" }),
                ("note", texts[(i * variant) % texts.Length]))),
            Enumerable.Range(0, relationships).Select(i => Some.Relationship($"r{i:D5}", i % 3 == 0 ? "ACCUSES" : "SUPPORTS",
                $"n{i % nodes:D4}", $"n{(i * 7 + variant) % nodes:D4}",
                [Some.Citation($"s{i % 11}", texts[(i + variant) % texts.Length])], ("about", texts[i % texts.Length]), ("n", (long)(i * variant)))));
    }

    [Theory]
    [InlineData(257, 523, 1, 199, 401, 2)]
    [InlineData(400, 1234, 1, 400, 1234, 3)]
    [InlineData(400, 1234, 1, 130, 77, 1)]
    [InlineData(300, 2345, 1, 280, 2100, 2)]
    public async Task Sync_OfManyRows_StoresExactlyTheGraph_AndConvergesLikeAFreshSync(int nodesA, int relsA, int variantA, int nodesB, int relsB, int variantB)
    {
        var (a, b) = (Bulk(nodesA, relsA, variantA), Bulk(nodesB, relsB, variantB));
        using var fresh = new StoreFile();

        await _file.SyncAsync(a);
        Assert.Equal(JsonGraphWriter.ToJson(a), JsonGraphWriter.ToJson(await _file.Store.ReadGraphAsync(TestContext.Current.CancellationToken)));
        await _file.SyncAsync(b);
        await fresh.SyncAsync(b);

        Assert.Equal(JsonGraphWriter.ToJson(b), JsonGraphWriter.ToJson(await _file.Store.ReadGraphAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(fresh.Dump(), _file.Dump());
        // An empty alias is stored as an empty name, not as NULL.
        Assert.NotEmpty(_file.Query("SELECT * FROM node_names WHERE name = ''"));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(3000)]
    public async Task Apply_Cancelled_LeavesTheStoreAsItWas_AndTheNextApplyWorks(int relationships)
    {
        var (before, after) = (Bulk(50, 60, 1), Bulk(60, relationships, 2));
        await _file.SyncAsync(before);
        var dump = _file.Dump();
        var diff = GraphDiff.Between(await _file.Store.ReadSnapshotAsync(TestContext.Current.CancellationToken), after);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _file.Store.ApplyAsync(diff, new CancellationToken(canceled: true)));

        Assert.Equal(dump, _file.Dump());
        await _file.SyncAsync(after);
        Assert.Equal(JsonGraphWriter.ToJson(after), JsonGraphWriter.ToJson(await _file.Store.ReadGraphAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ReadGraph_OfAMissingFile_SaysToSyncFirst_AndCreatesNothing()
    {
        // An export of a store that was never written is a mistake (a wrong --db), not an empty graph.
        var missing = await Assert.ThrowsAsync<StoreException>(() => _file.Store.ReadGraphAsync(TestContext.Current.CancellationToken));
        var snapshot = await _file.Store.ReadSnapshotAsync(TestContext.Current.CancellationToken);

        Assert.Contains("does not exist yet; run 'graphbuilder sync' first", missing.Message, StringComparison.Ordinal);
        Assert.Empty(snapshot.Nodes);
        Assert.False(File.Exists(_file.Path));
    }
}
