using CsCheck;
using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Stores.Embedded.Tests;

public sealed class SqliteGraphStorePropertyTests
{
    private static readonly string[] Ids = ["a", "b", "c", "d", "e"];
    private static readonly string[] Labels = ["State", "Organisation", "Source"];
    private static readonly string[] Types = ["ACCUSES", "SUPPORTS", "DENIES"];
    private static readonly string[] Texts = ["Albania", "ALBANIA", "it's", "line\nbreak", "'; DROP TABLE nodes; --", "\"quoted\"", "Stéphane", "", "b"];

    // Per node slot: present?, label, name, alias (or none); per relationship slot: present?, type, start, end, quote.
    private static readonly Gen<(bool, int, int, int)> NodeSpec = Gen.Select(Gen.Bool, Gen.Int[0, Labels.Length - 1], Gen.Int[0, Texts.Length - 1], Gen.Int[-1, Texts.Length - 1]);
    private static readonly Gen<(bool, int, int, int, int)> RelSpec = Gen.Select(Gen.Bool, Gen.Int[0, Types.Length - 1], Gen.Int[0, 4], Gen.Int[0, 4], Gen.Int[0, Texts.Length - 1]);
    private static readonly Gen<GraphData> Graphs = Gen.Select(NodeSpec.Array[Ids.Length], RelSpec.Array[4], Build);

    private static GraphData Build((bool, int, int, int)[] nodeSpecs, (bool, int, int, int, int)[] relSpecs)
    {
        var nodes = new List<GraphNode>();
        for (var i = 0; i < Ids.Length; i++)
        {
            var (present, label, name, alias) = nodeSpecs[i];
            if (!present) continue;
            nodes.Add(alias < 0
                ? Some.Node(Ids[i], Labels[label], ("name", Texts[name]))
                : Some.Node(Ids[i], Labels[label], ("name", Texts[name]), ("aliases", new[] { Texts[alias] })));
        }
        var relationships = new List<GraphRelationship>();
        for (var i = 0; i < relSpecs.Length && nodes.Count > 0; i++)
        {
            var (present, type, start, end, quote) = relSpecs[i];
            if (!present) continue;
            relationships.Add(Some.Relationship($"r{i}", Types[type], nodes[start % nodes.Count].Id, nodes[end % nodes.Count].Id,
                [Some.Citation(quote: Texts[quote])], ("about", Texts[quote])));
        }
        return Some.Graph(nodes, relationships);
    }

    [Fact]
    public async Task SyncingAThenB_LeavesTheSameStore_AsSyncingBAlone()
    {
        await Graphs.Select(Graphs).SampleAsync(async pair =>
        {
            var (a, b) = pair;
            using var incremental = new StoreFile();
            using var fresh = new StoreFile();

            await incremental.SyncAsync(a);
            await incremental.SyncAsync(b);
            await fresh.SyncAsync(b);

            Assert.Equal(fresh.Dump(), incremental.Dump());
            var snapshot = await incremental.Store.ReadSnapshotAsync(TestContext.Current.CancellationToken);
            Assert.True(GraphDiff.Between(snapshot, b).IsEmpty);
        }, iter: 60, threads: 1);
    }
}
