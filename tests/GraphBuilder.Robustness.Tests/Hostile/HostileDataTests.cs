using System.Text.Json;
using GraphBuilder.Export;
using GraphBuilder.Robustness.Tests.Neo4jFaults;
using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Robustness.Tests.Hostile;

/// <summary>
/// Hostile text goes validate → sync (both stores) → query/export through the real CLI and comes back exactly;
/// with Neo4j it travels only as parameters, never in statement text, and no unexpected statement runs.
/// </summary>
public sealed class HostileDataTests
{
    private static readonly HashSet<string> KnownKinds = new(StringComparer.Ordinal)
    {
        "constraint", "snapshot-nodes", "snapshot-relationships", "delete-relationships", "delete-nodes", "merge-nodes", "merge-relationships",
        "lookup-label", "read-nodes", "read-relationships", "find-relationships", "write-marker", "read-marker",
    };

    [Fact]
    public async Task HostileText_RoundTripsExactly_ThroughBothStores_QueryAndExport()
    {
        using var folder = new TempFolder("gb-hostile");
        var seeds = folder.File("seeds");
        HostileCorpus.Write(seeds);
        var compiled = SeedsCheck.Compile(seeds);
        var expectedJson = JsonGraphWriter.ToJson(compiled).Trim();
        Assert.Contains(compiled.Nodes, n => n.Id == HostileCorpus.Ids[1]);

        var validate = await CliProcess.RunAsync(folder.Path, "validate", "--seeds", "seeds", "--schema", RepoPaths.Schema);
        Assert.True(validate.ExitCode == 0, validate.ToString());

        Assert.Equal(0, (await CliProcess.RunAsync(folder.Path, "sync", "--seeds", "seeds", "--db", "graph.db", "--schema", RepoPaths.Schema)).ExitCode);
        Graphs.AssertSame(compiled, await EmbeddedStores.ReadAsync(folder.File("graph.db")));
        var embeddedExport = await CliProcess.RunAsync(folder.Path, "export", "--from-store", "--db", "graph.db", "--schema", RepoPaths.Schema);
        Assert.Equal(expectedJson, embeddedExport.Stdout.Trim());
        AssertQueryFindsTheHostileFact(await CliProcess.RunAsync(folder.Path, "query", "who-accused-whom", "--db", "graph.db", "--format", "json", "--schema", RepoPaths.Schema));

        await using var server = await FakeQueryApiServer.StartAsync(user: Neo4jCli.User, password: Neo4jCli.Password);
        var env = Neo4jCli.Environment(server.Uri);
        var sync = await CliProcess.RunAsync(folder.Path, env, "sync", "--seeds", "seeds", "--schema", RepoPaths.Schema);
        Assert.True(sync.ExitCode == 0, sync.ToString());
        Graphs.AssertSame(compiled, Graphs.FromFake(server.Graph.Committed));
        var neo4jExport = await CliProcess.RunAsync(folder.Path, env, "export", "--from-store", "--schema", RepoPaths.Schema);
        Assert.Equal(expectedJson, neo4jExport.Stdout.Trim());
        AssertQueryFindsTheHostileFact(await CliProcess.RunAsync(folder.Path, env, "query", "who-accused-whom", "--format", "json", "--schema", RepoPaths.Schema));

        Assert.Equal(1, server.Graph.Commits);
        foreach (var request in server.Requests.Where(r => r.Statement is not null))
        {
            Assert.Contains(request.Kind ?? "(none)", KnownKinds);
            foreach (var text in HostileCorpus.Fragments.Concat(HostileCorpus.Ids).SelectMany(f => f.Split('\n')))
                Assert.DoesNotContain(text, request.Statement!, StringComparison.Ordinal);
        }
    }

    private static void AssertQueryFindsTheHostileFact(Testing.Cli.CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var match = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("fact " + HostileCorpus.Fragments[0], match.GetProperty("id").GetString());
        Assert.Equal(HostileCorpus.Ids[0], match.GetProperty("subject").GetProperty("id").GetString());
        Assert.Equal(HostileCorpus.Fragments[2], match.GetProperty("subject").GetProperty("name").GetString());
        Assert.Equal(HostileCorpus.Fragments[1], match.GetProperty("object").GetProperty("name").GetString());
        Assert.Equal(HostileCorpus.Fragments[5], match.GetProperty("properties").GetProperty("about").GetString());
    }
}
