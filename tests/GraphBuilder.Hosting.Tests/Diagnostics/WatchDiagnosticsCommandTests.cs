using System.Text.Json;
using GraphBuilder.Graph;
using GraphBuilder.Hosting.Tests.Cli;
using GraphBuilder.Hosting.Tests.Support;
using GraphBuilder.Schema;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Hosting.Tests.Diagnostics;

/// <summary><c>graphbuilder watch</c>'s operator options as users run them: a child process, real files, real HTTP.</summary>
public sealed class WatchDiagnosticsCommandTests
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

    [Fact]
    public async Task Watch_NoWebWithHealthUrls_ServesHealthAndMetricsOnly()
    {
        using var folder = new TempSeeds();
        var url = $"http://127.0.0.1:{FreePort()}";
        using var process = new GraphBuilderProcess(folder.Root,
            "watch", "--seeds", folder.Seeds, "--schema", TestPaths.Schema, "--db", folder.Database, "--no-web", "--health-urls", url);
        using var http = new HttpClient { BaseAddress = new Uri(url) };

        await WaitUntilAsync(process, () => process.Stderr.Contains("Synced (Initial)", StringComparison.Ordinal), "the initial sync");
        using var health = await http.GetAsync("/health", TestContext.Current.CancellationToken);
        using var metrics = await http.GetAsync("/metrics", TestContext.Current.CancellationToken);
        using var view = await http.GetAsync("/", TestContext.Current.CancellationToken);
        process.Terminate();
        Assert.True(await process.WaitForExitAsync(TimeSpan.FromSeconds(20)), "watch did not stop after SIGTERM");

        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("graphbuilder_syncs_total", await metrics.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, view.StatusCode);
        Assert.Contains($"Health and metrics: {url}", process.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, process.ExitCode);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<JsonElement> WaitForLineAsync(GraphBuilderProcess process, int eventId)
    {
        JsonElement? found = null;
        await WaitUntilAsync(process, () => (found = Lines(process).Select(Parse).FirstOrDefault(e =>
            e?.GetProperty("Category").GetString() == typeof(GraphBuilder.Hosting.Worker.SyncWorker).FullName && e?.GetProperty("EventId").GetInt32() == eventId)) is not null,
            $"a JSON line with EventId {eventId}");
        return found!.Value;
    }

    /// <summary>Polls the child's output; a child process starting while other tests run may take a while.</summary>
    private static async Task WaitUntilAsync(GraphBuilderProcess process, Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"timed out after 60 s waiting for {what}\n{process.Stderr}");
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
