using GraphBuilder.Hosting.Worker;
using GraphBuilder.Stores;
using GraphBuilder.Stores.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace GraphBuilder.Hosting.Tests.Support;

/// <summary>
/// A real host running the worker over a temporary copy of the seeds and a temporary SQLite store,
/// with logs collected in memory and a recording sync listener.
/// </summary>
internal sealed class WorkerHarness : IAsyncDisposable
{
    private WorkerHarness(TempSeeds folder, IHost host)
    {
        Folder = folder;
        Host = host;
        Logs = host.Services.GetFakeLogCollector();
        Listener = host.Services.GetServices<ISyncListener>().OfType<RecordingSyncListener>().Single();
    }

    public TempSeeds Folder { get; }
    public IHost Host { get; }
    public FakeLogCollector Logs { get; }
    public RecordingSyncListener Listener { get; }

    /// <param name="configure">Extra registrations (e.g. a wrapped store), applied last.</param>
    /// <param name="settings">Configuration overrides.</param>
    public static WorkerHarness Create(Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        var folder = TempSeeds.FromReports();
        var values = new Dictionary<string, string?>
        {
            ["GraphBuilder:Seeds"] = folder.Seeds,
            ["GraphBuilder:Schema"] = RepoPaths.Schema,
            ["GraphBuilder:Embedded:Path"] = folder.Database,
            ["GraphBuilder:Web:Enabled"] = "false",
            ["GraphBuilder:Worker:Debounce"] = "00:00:00.200",
            ["GraphBuilder:Worker:RetryInitialDelay"] = "00:00:00.050",
            ["GraphBuilder:Worker:RetryMaxDelay"] = "00:00:00.200",
            ["GraphBuilder:Worker:FolderCheckInterval"] = "00:00:00.100",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        // The host users run (WatchHost, as the CLI's watch builds it), with logs collected and a recording listener.
        var host = WatchHost.Build(configuration, folder.Root, builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging();
            builder.Services.AddSingleton<ISyncListener, RecordingSyncListener>();
            configure?.Invoke(builder.Services);
        });
        return new WorkerHarness(folder, host);
    }

    /// <summary>Wraps the SQLite store in a test decorator and returns a way to get the decorator.</summary>
    public static Action<IServiceCollection> WrapStore<T>(Func<IGraphStore, T> wrap) where T : class, IGraphStore => services =>
    {
        services.AddSingleton(sp => wrap(sp.GetRequiredService<SqliteGraphStore>()));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<T>());
    };

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>Starts the host and waits for the initial sync to be logged.</summary>
    public async Task StartAsync()
    {
        await Host.StartAsync(TestContext.Current.CancellationToken);
        await WaitForSyncsAsync(1);
    }

    /// <summary>"Synced" log lines so far (one per successful sync).</summary>
    public IReadOnlyList<FakeLogRecord> SyncLines => Events(2);

    /// <summary>The worker's log lines with this event id (see <see cref="WorkerLog"/>).</summary>
    public IReadOnlyList<FakeLogRecord> Events(int eventId) => Logs.GetSnapshot()
        .Where(r => r.Id.Id == eventId && r.Category?.StartsWith(typeof(WorkerLog).Namespace!, StringComparison.Ordinal) == true)
        .ToArray();

    public Task WaitForSyncsAsync(int count) => Eventually.TrueAsync(() => SyncLines.Count >= count, $"{count} syncs are logged", Dump);

    /// <summary>Waits for a "Synced" line matching <paramref name="match"/>; the line follows the store write, so poll for it.</summary>
    public async Task<FakeLogRecord> WaitForSyncLineAsync(Func<FakeLogRecord, bool> match, string what)
    {
        await Eventually.TrueAsync(() => SyncLines.Any(match), what, Dump);
        return SyncLines.Last(match);
    }

    public Task WaitForEventAsync(int eventId, int count = 1) =>
        Eventually.TrueAsync(() => Events(eventId).Count >= count, $"log event {eventId} appears {count} times", Dump);

    /// <summary>Waits until the store holds exactly what the seeds folder compiles to now.</summary>
    public async Task WaitForStoreToMatchSeedsAsync()
    {
        var expected = GraphFingerprint.OfSeeds(Folder.Seeds);
        await Eventually.TrueAsync(async () => await GraphFingerprint.OfStoreAsync(Folder.Database) == expected, "the store matches the seeds", Dump);
    }

    public Task<string> StoreFingerprintAsync() => GraphFingerprint.OfStoreAsync(Folder.Database);

    public string Dump() => string.Join('\n', Logs.GetSnapshot().Select(r => $"{r.Level} [{r.Id.Id}] {r.Message}"));

    public async ValueTask DisposeAsync()
    {
        // A host whose start failed (the start-up tests) cannot be stopped.
        if (Get<IHostApplicationLifetime>().ApplicationStarted.IsCancellationRequested) await Host.StopAsync(CancellationToken.None);
        Host.Dispose();
        Folder.Dispose();
    }
}
