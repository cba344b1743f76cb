using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Testing;

namespace GraphBuilder.Stores.Neo4j.Tests.Deployment;

/// <summary>Every Cypher GraphBuilder ships or sends passes Neo4j's own grammar and semantic analysis, under Cypher 5 and 25.</summary>
public sealed class CypherLintTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly string[] AllKinds =
    [
        "constraint", "ping", "snapshot-nodes", "snapshot-relationships", "write-marker", "read-marker", "delete-relationships",
        "delete-nodes", "merge-nodes", "merge-relationships", "lookup-label", "read-nodes", "read-relationships", "find-relationships",
    ];

    [Fact]
    public async Task EveryStatementTheStoreSends_HasNoErrorOrWarning()
    {
        await using var h = await StoreHarness.StartAsync(o => o.BatchSize = 50);
        var full = FixtureGraph(h);
        var dropped = full.Nodes.First(n => full.Relationships.Any(r => r.StartId == n.Id || r.EndId == n.Id));
        var smaller = new GraphData(full.Nodes.Where(n => n != dropped),
            full.Relationships.Where(r => r.StartId != dropped.Id && r.EndId != dropped.Id));

        await h.SyncAsync(full);
        await h.SyncAsync(smaller); // deletes
        await h.NewStore().ApplyAsync(GraphDiff.Between(StoreSnapshot.Of(smaller), full), Token); // a store that must look endpoint labels up
        await h.NewStore().ReadGraphAsync(Token);
        await h.NewStore().ReadSyncMarkerAsync(Token);
        await h.NewStore().PingAsync(Token);
        await h.NewStore().FindRelationshipsAsync(new RelationshipQuery([], "albania"), Token);
        await h.NewStore().FindRelationshipsAsync(new RelationshipQuery(["ACCUSES", "DENIES"], Either: "iran"), Token);

        var sent = h.Server.Requests.Where(r => r.Statement is not null)
            .GroupBy(r => r.Statement!, StringComparer.Ordinal)
            .Select(g => new CypherLint.Statement($"{g.First().Kind}#{g.Key.GetHashCode():x8}", g.Key, g.First().Parameters))
            .ToArray();
        Assert.Equal(AllKinds.Order(), sent.Select(s => s.Name.Split('#')[0]).Distinct().Order());

        var result = await CypherLint.StatementsAsync(sent);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task QueryFiles_HaveNoErrorOrWarning()
    {
        var files = Directory.GetFiles(RepoPaths.File("docs", "neo4j", "queries"), "*.cypher").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);

        var result = await CypherLint.FilesAsync(files);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task ExportedCypherScript_HasNoErrorOrWarning()
    {
        await using var h = await StoreHarness.StartAsync();
        using var folder = new TempFolder("gb-cypher-lint");
        var script = folder.File("graph.cypher");
        await using (var writer = new StreamWriter(script))
            new CypherScriptWriter(h.Vocabulary, batchSize: 7).Write(FixtureGraph(h), writer);

        var result = await CypherLint.FilesAsync([script]);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task TheLinter_ReportsABrokenStatement()
    {
        var result = await CypherLint.StatementsAsync([new("broken", "MATCH (n) RETRN n", new Dictionary<string, object?>())]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken [CYPHER 5] error", result.Output, StringComparison.Ordinal);
        Assert.Contains("broken [CYPHER 25] error", result.Output, StringComparison.Ordinal);
    }

    private static GraphData FixtureGraph(StoreHarness h)
    {
        var compiled = new CorpusPipeline(h.Vocabulary).Run(RepoPaths.Fixture(Path.Combine("bad-input", "_base")), Token);
        Assert.True(compiled.IsValid, string.Join("\n", compiled.Diagnostics));
        return compiled.Graph!;
    }
}
