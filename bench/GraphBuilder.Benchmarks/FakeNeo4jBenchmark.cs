using System.Diagnostics;
using GraphBuilder.Graph;
using GraphBuilder.Schema;
using GraphBuilder.Stores.Neo4j;
using GraphBuilder.Sync;
using GraphBuilder.Testing.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// Step 5 against the fake Query API server in its own process (<see cref="FakeNeo4jHost"/>; no Neo4j on the
/// bench machine): a full sync into an empty database, then an unchanged re-sync on the same service, counting
/// the HTTP requests each sends and the rows (UNWIND elements) they carry, the transactions and the largest of
/// them, and the units of work retried. The fake refuses any transaction over <see cref="TransactionRowLimit"/>
/// rows, as Neo4j does when a transaction outgrows its memory. Times are the fake's, not Neo4j's.
/// </summary>
public sealed class FakeNeo4jBenchmark : INeo4jBenchmark
{
    private const string User = "bench";
    private const string Password = "bench-password";
    private const int TransactionRowLimit = 50_000;

    public async Task<Neo4jFigures> MeasureAsync(string seedsFolder, string schemaFolder, Vocabulary vocabulary, CancellationToken cancellationToken)
    {
        var figures = await MeasureStoreAsync(seedsFolder, vocabulary, cancellationToken);
        return figures with { CliSyncPeakMb = await CliSyncPeakAsync(seedsFolder, schemaFolder, cancellationToken) };
    }

    /// <summary>The real CLI syncing into a fresh stand-in, in its own process: the peak a user's <c>sync --store neo4j</c> reaches.</summary>
    private static async Task<double?> CliSyncPeakAsync(string seedsFolder, string schemaFolder, CancellationToken cancellationToken)
    {
        await using var server = await FakeNeo4jHost.StartAsync(User, Password, TransactionRowLimit, cancellationToken);
        var environment = new Dictionary<string, string>
        {
            ["GraphBuilder__Store"] = "Neo4j",
            ["GraphBuilder__Neo4j__Uri"] = server.Uri.ToString(),
            ["GraphBuilder__Neo4j__User"] = User,
            ["GraphBuilder__Neo4j__Password"] = Password,
        };
        var result = await CliProcess.RunAsync(Path.GetTempPath(), ["sync", "--seeds", seedsFolder, "--schema", schemaFolder], environment,
            measureMemory: CliProcess.CanMeasureMemory, timeout: TimeSpan.FromMinutes(30), cancellationToken);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"graphbuilder sync --store neo4j failed (exit {result.ExitCode}): {result.Stderr}");
        return result.PeakMemoryBytes / 1048576.0;
    }

    /// <summary>The store in this process, the stand-in in its own: the counts a sync sends, whatever the server.</summary>
    private static async Task<Neo4jFigures> MeasureStoreAsync(string seedsFolder, Vocabulary vocabulary, CancellationToken cancellationToken)
    {
        await using var server = await FakeNeo4jHost.StartAsync(User, Password, TransactionRowLimit, cancellationToken);
        await using var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(vocabulary)
            .AddNeo4jGraphStore(o =>
            {
                o.Uri = server.Uri;
                o.User = User;
                o.Password = Password;
            })
            .BuildServiceProvider();
        var sync = new GraphSyncService(new CorpusPipeline(vocabulary), services.GetRequiredService<Neo4jGraphStore>(), TimeProvider.System);

        var watch = Stopwatch.StartNew();
        var full = await sync.SyncAsync(seedsFolder, dryRun: false, cancellationToken);
        var duration = watch.Elapsed;
        if (!full.Applied) throw new InvalidOperationException("the Neo4j full sync wrote nothing");
        var written = await server.CountersAsync(cancellationToken);
        await server.ResetAsync(cancellationToken);

        var again = await sync.SyncAsync(seedsFolder, dryRun: false, cancellationToken);
        if (again.Applied) throw new InvalidOperationException("the unchanged Neo4j re-sync wrote something");
        return new Neo4jFigures(written.Requests, written.Rows, duration)
        {
            UnchangedResyncRequests = (await server.CountersAsync(cancellationToken)).Requests,
            Transactions = written.Commits,
            LargestTransactionRows = written.LargestTransactionRows,
            Retries = services.GetRequiredService<Neo4jRetryPipeline>().Retries,
            TransactionRowLimit = TransactionRowLimit,
            StandInPeakMb = await server.PeakWorkingSetMbAsync(cancellationToken),
        };
    }
}
