using GraphBuilder.Export;
using GraphBuilder.Graph;
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
                [new Citation("s'1", "P \"ub\"", "T\nitle", new DateOnly(2022, 9, 10), tricky[2]), new Citation("s2", "P", "T", null, tricky[3])],
                ("date", "2022-09"), ("date_start", new DateOnly(2022, 9, 1)), ("date_end", new DateOnly(2022, 9, 30)), ("about", tricky[1])),
        ]);

        await _file.SyncAsync(graph);
        var stored = await _file.Store.ReadGraphAsync(TestContext.Current.CancellationToken);

        Assert.Equal(JsonGraphWriter.ToJson(graph), JsonGraphWriter.ToJson(stored));
        var b = stored.Nodes.Single(n => n.Id == "b");
        Assert.IsType<DateOnly>(b.Properties["published"]);
        Assert.IsType<double>(b.Properties["whole"]);
        Assert.Equal(2.0, b.Properties["whole"]);
        Assert.IsType<long>(b.Properties["count"]);
        Assert.Equal(tricky[6], b.Properties["text"]);
        Assert.Equal(graph.Nodes.Select(n => n.Hash), stored.Nodes.Select(n => n.Hash));
        var rel = Assert.Single(stored.Relationships);
        Assert.Equal(graph.Relationships[0].Sources, rel.Sources);
        Assert.Equal(graph.Relationships[0].Hash, rel.Hash);
        // Stored properties re-hash to the stored hash: nothing was lost or retyped on the way.
        Assert.Equal(rel.Hash, ContentHash.OfRelationship(rel.Type, rel.StartId, rel.EndId, rel.Properties, rel.Sources));
        Assert.All(stored.Nodes, n => Assert.Equal(n.Hash, ContentHash.OfNode(n.Label, n.Properties)));
        Assert.Equal(2, _file.Query("SELECT count(*) FROM nodes").Single()[0] is long count ? count : -1);
    }

    [Fact]
    public async Task ReadGraph_OfAMissingFile_IsEmpty_AndCreatesNothing()
    {
        var graph = await _file.Store.ReadGraphAsync(TestContext.Current.CancellationToken);
        var snapshot = await _file.Store.ReadSnapshotAsync(TestContext.Current.CancellationToken);

        Assert.Empty(graph.Nodes);
        Assert.Empty(snapshot.Nodes);
        Assert.False(File.Exists(_file.Path));
    }
}
