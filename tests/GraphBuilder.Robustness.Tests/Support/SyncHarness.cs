using GraphBuilder.Hosting;
using GraphBuilder.Sync;
using GraphBuilder.Testing;
using GraphBuilder.Testing.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Robustness.Tests.Support;

/// <summary>
/// Two in-process <see cref="GraphSyncService"/>s composed with <c>AddGraphBuilder</c> as the CLI and worker do:
/// one over an embedded store file, one over a <see cref="FakeQueryApiServer"/>. Each keeps its caches between
/// syncs, like the watching worker.
/// </summary>
public sealed class SyncHarness : IAsyncDisposable
{
    private readonly ServiceProvider _embedded;
    private readonly ServiceProvider _neo4j;

    private SyncHarness(FakeQueryApiServer server, string storePath, ServiceProvider embedded, ServiceProvider neo4j)
    {
        Server = server;
        StorePath = storePath;
        _embedded = embedded;
        _neo4j = neo4j;
    }

    public FakeQueryApiServer Server { get; }
    public string StorePath { get; }
    public GraphSyncService Embedded => _embedded.GetRequiredService<GraphSyncService>();
    public GraphSyncService Neo4j => _neo4j.GetRequiredService<GraphSyncService>();

    public static async Task<SyncHarness> StartAsync(string storePath)
    {
        var server = await FakeQueryApiServer.StartAsync();
        var schema = RepoPaths.File("schema");
        var embedded = Build(new() { ["GraphBuilder:Schema"] = schema, ["GraphBuilder:Embedded:Path"] = storePath });
        var neo4j = Build(new()
        {
            ["GraphBuilder:Schema"] = schema,
            ["GraphBuilder:Store"] = "Neo4j",
            ["GraphBuilder:Neo4j:Uri"] = server.Uri.ToString(),
            ["GraphBuilder:Neo4j:Password"] = "unused-by-the-fake",
            ["GraphBuilder:Neo4j:BatchSize"] = "3",
            ["GraphBuilder:Neo4j:RetryBaseDelay"] = "00:00:00.001",
        });
        return new SyncHarness(server, storePath, embedded, neo4j);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddGraphBuilder(configuration).BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _embedded.DisposeAsync();
        await _neo4j.DisposeAsync();
        await Server.DisposeAsync();
    }
}
