using System.Net;
using System.Text.Json;
using GraphBuilder.Hosting.Diagnostics;
using GraphBuilder.Hosting.Tests.Support;
using GraphBuilder.Hosting.Web;
using GraphBuilder.Hosting.Worker;
using GraphBuilder.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace GraphBuilder.Hosting.Tests.Diagnostics;

/// <summary>
/// The worker as <c>graphbuilder watch</c> hosts it: one web app serving the graph view, /health and /metrics
/// (Kestrel on a free loopback port), over a temporary copy of the seeds, with logs collected in memory.
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
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder.Root });
        var values = new Dictionary<string, string?>
        {
            ["GraphBuilder:Seeds"] = folder.Seeds,
            ["GraphBuilder:Schema"] = TestPaths.Schema,
            ["GraphBuilder:Embedded:Path"] = folder.Database,
            ["GraphBuilder:Worker:Debounce"] = "00:00:00.200",
            ["GraphBuilder:Worker:RetryInitialDelay"] = "00:00:00.050",
            ["GraphBuilder:Worker:RetryMaxDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddFakeLogging();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddGraphBuilder(builder.Configuration);
        builder.Services.AddGraphBuilderWorker(builder.Configuration);
        builder.Services.AddGraphBuilderWebView(builder.Configuration);
        builder.Services.AddGraphBuilderHealth(builder.Configuration);
        builder.Services.AddGraphBuilderMetrics(builder.Configuration);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        var app = builder.Build();
        app.MapGraphView();
        app.MapGraphBuilderHealth();
        app.MapGraphBuilderMetrics();
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
