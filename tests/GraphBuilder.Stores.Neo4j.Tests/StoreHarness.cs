using GraphBuilder.Graph;
using GraphBuilder.Schema;
using GraphBuilder.Sync;
using GraphBuilder.Testing;
using GraphBuilder.Testing.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace GraphBuilder.Stores.Neo4j.Tests;

/// <summary>A fake Query API server plus a service provider wired with AddNeo4jGraphStore, with fast retries and captured logs.</summary>
public sealed class StoreHarness : IAsyncDisposable
{
    public const string User = "graph-user";
    public const string Password = "s3cr3t-Pa55word!";

    private StoreHarness(FakeQueryApiServer server, ServiceProvider services)
    {
        Server = server;
        Services = services;
    }

    public FakeQueryApiServer Server { get; }
    public ServiceProvider Services { get; }
    public Vocabulary Vocabulary => Services.GetRequiredService<Vocabulary>();

    /// <param name="clock">The store's clock (retry pipelines, timeouts, marker times), e.g. a FakeTimeProvider; the system's by default.</param>
    public static async Task<StoreHarness> StartAsync(Action<Neo4jOptions>? configure = null, TimeProvider? clock = null)
    {
        var server = await FakeQueryApiServer.StartAsync(user: User, password: Password);
        var services = new ServiceCollection()
            .AddSingleton(clock ?? TimeProvider.System)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging())
            .AddSingleton(SomeVocabulary.FromRepository())
            .AddNeo4jGraphStore(o =>
            {
                o.Uri = server.Uri;
                o.User = User;
                o.Password = Password;
                o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
                o.RequestTimeout = TimeSpan.FromSeconds(5);
                o.TotalTimeout = TimeSpan.FromSeconds(30);
                configure?.Invoke(o);
            })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new StoreHarness(server, services);
    }

    public Neo4jGraphStore NewStore() => Services.GetRequiredService<Neo4jGraphStore>();

    /// <summary>Reads the snapshot, diffs and applies, as the sync service does.</summary>
    public async Task<GraphDiff> SyncAsync(GraphData graph, Neo4jGraphStore? store = null) =>
        (await GraphSyncService.WriteGraphAsync(store ?? NewStore(), graph, dryRun: false, TestContext.Current.CancellationToken)).Diff;

    public IReadOnlyList<FakeLogRecord> Logs => Services.GetFakeLogCollector().GetSnapshot();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
