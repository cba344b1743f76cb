using System.Net;
using System.Text.Json;
using GraphBuilder.Hosting.Diagnostics;
using GraphBuilder.Hosting.Tests.Support;
using GraphBuilder.Hosting.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace GraphBuilder.Hosting.Tests.Diagnostics;

/// <summary>
/// The worker as <c>graphbuilder watch</c> hosts it (<see cref="WatchHost"/>): one web app serving the graph view,
/// /health and /metrics (Kestrel on a free loopback port), over a temporary copy of the seeds, with logs collected in memory.
/// </summary>
internal sealed class DiagnosticsHost : IAsyncDisposable
{
    private DiagnosticsHost(TempSeeds folder, WebApplication app, Uri address)
    {
        Folder = folder;
        App = app;
        Http = new HttpClient { BaseAddress = address };
        Logs = app.Services.GetFakeLogCollector();
    }

    public TempSeeds Folder { get; }
    public WebApplication App { get; }
    public HttpClient Http { get; }
    public FakeLogCollector Logs { get; }

    /// <param name="settings">Configuration on top of the temporary seeds and SQLite store (e.g. a Neo4j store).</param>
    public static async Task<DiagnosticsHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var folder = new TempSeeds();
        var values = new Dictionary<string, string?>
        {
            ["GraphBuilder:Seeds"] = folder.Seeds,
            ["GraphBuilder:Schema"] = TestPaths.Schema,
            ["GraphBuilder:Embedded:Path"] = folder.Database,
            ["GraphBuilder:Web:Urls"] = "http://127.0.0.1:0",
            ["GraphBuilder:Worker:Debounce"] = "00:00:00.200",
            ["GraphBuilder:Worker:RetryInitialDelay"] = "00:00:00.050",
            ["GraphBuilder:Worker:RetryMaxDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        // The host users run (WatchHost, as the CLI's watch builds it), with logs collected.
        var app = (WebApplication)WatchHost.Build(configuration, folder.Root, builder => builder.Logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DiagnosticsHost(folder, app, new Uri(address));
    }

    /// <summary>GET /health: the status code and the parsed body.</summary>
    public async Task<(HttpStatusCode Code, JsonElement Body)> HealthAsync()
    {
        using var response = await Http.GetAsync(DiagnosticsEndpoints.HealthPath, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Polls /health until its overall status is <paramref name="status"/>; returns that answer.</summary>
    public async Task<(HttpStatusCode Code, JsonElement Body)> WaitForHealthAsync(string status)
    {
        (HttpStatusCode Code, JsonElement Body) last = default;
        await Eventually.TrueAsync(async () => (last = await HealthAsync()).Body.GetProperty("status").GetString() == status,
            $"/health says {status}", () => $"last answer: {last.Body}\n{Dump()}");
        return last;
    }

    public Task<string> MetricsAsync() => Http.GetStringAsync(DiagnosticsEndpoints.MetricsPath, TestContext.Current.CancellationToken);

    /// <summary>The worker's per-sync log lines so far (events 2, 3, 5, 6, 7).</summary>
    public IReadOnlyList<FakeLogRecord> SyncLines => Logs.GetSnapshot()
        .Where(r => r.Category == typeof(SyncWorker).FullName && r.Id.Id is 2 or 3 or 5 or 6 or 7).ToArray();

    public string Dump() => string.Join('\n', Logs.GetSnapshot().Select(r => $"{r.Level} [{r.Id.Id}] {r.Message}"));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        Folder.Dispose();
    }
}
