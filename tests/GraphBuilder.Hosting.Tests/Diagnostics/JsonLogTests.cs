using System.Text.Json;
using GraphBuilder.Graph;
using GraphBuilder.Hosting.Tests.Cli;
using GraphBuilder.Hosting.Tests.Support;
using GraphBuilder.Schema;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Hosting.Tests.Diagnostics;

/// <summary><c>graphbuilder watch --log-format json</c> as a log shipper reads it: a child process against the Neo4j stand-in.</summary>
public sealed class JsonLogTests
{
    private const string User = "ops-user";
    private const string Password = "ops-Pa55word-never-logged";

    [Fact]
    public async Task Watch_LogFormatJson_LogsEachSyncAsOneJsonLine_WithOutcomeCountsDurationAndGraphHash_AndNoSecret()
    {
        await using var neo4j = await FakeQueryApiServer.StartAsync(user: User, password: Password);
        using var folder = new TempSeeds();
        using var process = new GraphBuilderProcess(folder.Root,
            "watch", "--seeds", folder.Seeds, "--schema", TestPaths.Schema, "--debounce", "200ms", "--no-web", "--log-format", "json", "-v",
            "--store", "neo4j", "--neo4j-uri", neo4j.Uri.ToString(), "--neo4j-user", User, "--neo4j-password", Password);

        var graph = GraphOf(folder.Seeds);
        var synced = await WaitForLineAsync(process, eventId: 2);
        SeedEdits.Break(folder);
        var invalid = await WaitForLineAsync(process, eventId: 3);
        process.Terminate();
        Assert.True(await process.WaitForExitAsync(TimeSpan.FromSeconds(20)), "watch did not stop after SIGTERM");

        var state = synced.GetProperty("State");
        Assert.Equal("Synced", state.GetProperty("Outcome").GetString());
        Assert.Equal("Initial", state.GetProperty("Trigger").GetString());
        Assert.Equal(graph.Nodes.Count.ToString(), state.GetProperty("NodesAdded").ToString());
        Assert.Equal(graph.Relationships.Count.ToString(), state.GetProperty("RelationshipsAdded").ToString());
        Assert.True(long.Parse(state.GetProperty("DurationMs").ToString()) >= 0);
        Assert.Equal(graph.ContentHash, state.GetProperty("GraphHash").GetString());
        Assert.Equal("Invalid", invalid.GetProperty("State").GetProperty("Outcome").GetString());
        Assert.Equal("1", invalid.GetProperty("State").GetProperty("ErrorCount").ToString());
        Assert.All(Lines(process), line => JsonDocument.Parse(line).Dispose());
        Assert.DoesNotContain(Password, process.Stdout + process.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Polls stderr for the worker's line with <paramref name="eventId"/>; a child process starting under load may take a while.</summary>
    private static async Task<JsonElement> WaitForLineAsync(GraphBuilderProcess process, int eventId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var found = Lines(process).Select(Parse)
                .FirstOrDefault(e => e?.GetProperty("Category").GetString() == typeof(GraphBuilder.Hosting.Worker.SyncWorker).FullName && e?.GetProperty("EventId").GetInt32() == eventId);
            if (found is { } line) return line;
            if (DateTime.UtcNow > deadline) Assert.Fail($"no JSON line with EventId {eventId} after 60 s\n{process.Stderr}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static IEnumerable<string> Lines(GraphBuilderProcess process) =>
        process.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static JsonElement? Parse(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static GraphData GraphOf(string seeds) =>
        new CorpusPipeline(VocabularyLoader.LoadFromFolder(TestPaths.Schema)).Run(seeds).Graph!;
}
