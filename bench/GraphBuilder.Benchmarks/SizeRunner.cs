using System.Diagnostics;
using GraphBuilder.Graph;
using GraphBuilder.Schema;
using GraphBuilder.Stores.Embedded;
using GraphBuilder.Sync;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Benchmarks;

/// <summary>Measures one corpus size (run in its own process, so its peak working set is its own).</summary>
public sealed class SizeRunner(BenchOptions options, int facts)
{
    private readonly string _folder = CorpusShape.Folder(options, facts);
    private readonly Vocabulary _vocabulary = VocabularyLoader.LoadFromFolder(options.SchemaFolder);
    private readonly Dictionary<string, double> _peaks = [];

    public async Task<SizeResult> RunAsync()
    {
        var runs = options.RunsFor(facts);
        var warmUp = options.WarmUpFor(facts);
        var yaml = EventScanFloor.Files(_folder);

        long events = 0;
        Log($"scan ({runs} runs{(warmUp ? " + warm-up" : "")})");
        var scan = await Timing.MedianAsync(runs, warmUp, () => { events = EventScanFloor.Scan(yaml); });
        Peak("scan");

        Log("validate");
        var (nodes, relationships) = (0, 0);
        var validate = await Timing.MedianAsync(runs, warmUp, () =>
        {
            var compiled = new CorpusPipeline(_vocabulary).Run(_folder);
            if (!compiled.IsValid) throw new InvalidOperationException($"generated corpus is invalid: {compiled.Diagnostics[0]}");
            (nodes, relationships) = (compiled.Graph!.Nodes.Count, compiled.Graph.Relationships.Count);
        });
        Peak("validate");
        var validateBreakdown = ValidateBreakdown();

        Log("full and incremental sync");
        var full = new List<TimeSpan>();
        var incremental = new List<TimeSpan>();
        Dictionary<string, double> fullBreakdown = [], incrementalBreakdown = [];
        for (var run = warmUp ? -1 : 0; run < runs; run++)
        {
            var (f, i, fb, ib) = await SyncOnceAsync(yaml[yaml.Length / 2], run);
            if (run < 0) continue;
            full.Add(f);
            incremental.Add(i);
            (fullBreakdown, incrementalBreakdown) = (fb, ib);
        }
        Peak("sync");

        Log("Neo4j (fake Query API server in its own process)");
        INeo4jBenchmark neo4j = new FakeNeo4jBenchmark();
        var neo4jFigures = await neo4j.MeasureAsync(_folder, options.SchemaFolder, _vocabulary, CancellationToken.None);

        Log("the CLI's peak working set and time (validate; sync into an empty store)");
        var cliValidate = await CliCommandCost.MeasureAsync(_folder, options.SchemaFolder, "validate");
        var cliSync = await CliCommandCost.MeasureAsync(_folder, options.SchemaFolder, "sync");

        var generated = CorpusShape.For(facts, options.Seed);
        return new SizeResult
        {
            Facts = facts, Files = yaml.Length, Entities = generated.Entities, Nodes = nodes, Relationships = relationships,
            YamlMegabytes = yaml.Sum(p => new FileInfo(p).Length) / 1048576.0, Runs = runs, ScanEvents = events,
            ScanMs = scan.TotalMilliseconds, ValidateMs = validate.TotalMilliseconds,
            FullSyncMs = Median(full), IncrementalSyncMs = Median(incremental),
            ValidateBreakdownMs = validateBreakdown, FullSyncBreakdownMs = fullBreakdown, IncrementalBreakdownMs = incrementalBreakdown,
            Neo4jRequests = neo4jFigures.Requests, Neo4jRowsPerRequest = neo4jFigures.RowsPerRequest,
            Neo4jResyncRequests = neo4jFigures.UnchangedResyncRequests, Neo4jTransactions = neo4jFigures.Transactions,
            Neo4jLargestTransactionRows = neo4jFigures.LargestTransactionRows, Neo4jRetries = neo4jFigures.Retries,
            Neo4jTransactionRowLimit = neo4jFigures.TransactionRowLimit, Neo4jStandInPeakMb = neo4jFigures.StandInPeakMb,
            Neo4jCliSyncPeakMb = neo4jFigures.CliSyncPeakMb,
            CliValidatePeakMb = cliValidate.PeakMb, CliSyncPeakMb = cliSync.PeakMb,
            CliValidateSeconds = cliValidate.Seconds, CliSyncSeconds = cliSync.Seconds,
            PeakWorkingSetMb = _peaks.Values.Max(), PeakWorkingSetAfterMb = _peaks,
        };
    }

    private async Task<(TimeSpan Full, TimeSpan Incremental, Dictionary<string, double> FullParts, Dictionary<string, double> IncrementalParts)> SyncOnceAsync(
        string fileToEdit, int run)
    {
        var db = Path.Combine(Path.GetTempPath(), $"gb-bench-{Environment.ProcessId}-{run + 1}.db");
        Delete(db);
        try
        {
            var store = new TimingStore(new SqliteGraphStore(Options.Create(new EmbeddedStoreOptions { Path = db })));
            var sync = new GraphSyncService(new CorpusPipeline(_vocabulary), store, TimeProvider.System);

            Timing.Collect();
            var full = await TimedSyncAsync(sync, store);
            if (full.Outcome.Diff!.Counts.NodesAdded == 0) throw new InvalidOperationException("full sync wrote nothing");

            using (new OneFactEdit(fileToEdit, run + 1))
            {
                Timing.Collect();
                var incremental = await TimedSyncAsync(sync, store);
                var counts = incremental.Outcome.Diff!.Counts;
                if (counts != new DiffCounts(0, 0, 0, 0, 1, 0) || incremental.Outcome.FilesParsed != 1)
                    throw new InvalidOperationException($"incremental sync did not change exactly one relationship: {counts}, {incremental.Outcome.FilesParsed} files parsed");
                return (full.Time, incremental.Time, full.Parts, incremental.Parts);
            }
        }
        finally
        {
            Delete(db);
        }
    }

    private async Task<(SyncOutcome Outcome, TimeSpan Time, Dictionary<string, double> Parts)> TimedSyncAsync(GraphSyncService sync, TimingStore store)
    {
        store.Reset();
        var watch = Stopwatch.StartNew();
        var outcome = await sync.SyncAsync(_folder, dryRun: false, CancellationToken.None);
        var time = watch.Elapsed;
        if (!outcome.IsValid) throw new InvalidOperationException($"sync found problems: {outcome.Diagnostics[0]}");
        var parts = new Dictionary<string, double>
        {
            ["pipeline+diff"] = (time - store.SnapshotTime - store.ApplyTime).TotalMilliseconds,
            ["snapshot"] = store.SnapshotTime.TotalMilliseconds,
            ["apply"] = store.ApplyTime.TotalMilliseconds,
        };
        return (outcome, time, parts);
    }

    /// <summary>Prints the validate split of each run, to see where time goes once the JIT has warmed up.</summary>
    public void PrintPhases()
    {
        for (var run = 0; run < options.RunsFor(facts); run++)
            Console.WriteLine(string.Join(", ", ValidateBreakdown().Select(p => $"{p.Key} {p.Value:0} ms")));
        var build = new IncrementalBuild(_vocabulary);
        var first = build.Load(_folder);
        build.Validate(first);
        var before = build.Compile(first);
        var yaml = EventScanFloor.Files(_folder);
        for (var run = 0; run < options.RunsFor(facts); run++)
        {
            using var edit = new OneFactEdit(yaml[yaml.Length / 2], run + 1);
            Timing.Collect();
            var watch = Stopwatch.StartNew();
            var load = build.Load(_folder);
            var loaded = watch.Elapsed;
            build.Validate(load);
            var validated = watch.Elapsed;
            var after = build.Compile(load);
            var compiled = watch.Elapsed;
            var snapshot = StoreSnapshot.Of(before);
            var diffStarted = watch.Elapsed;
            GraphDiff.Between(snapshot, after);
            var diffed = watch.Elapsed;
            Console.WriteLine($"incremental: load {loaded.TotalMilliseconds:0} ms, validate {(validated - loaded).TotalMilliseconds:0} ms, " +
                $"compile {(compiled - validated).TotalMilliseconds:0} ms, diff {(diffed - diffStarted).TotalMilliseconds:0} ms");
        }
    }

    private Dictionary<string, double> ValidateBreakdown()
    {
        Timing.Collect();
        var watch = Stopwatch.StartNew();
        var load = new Facts.SeedCorpusLoader(_vocabulary).Load(_folder);
        var loaded = watch.Elapsed;
        var diagnostics = new Validation.CorpusValidator(_vocabulary).Validate(load.Corpus);
        var validated = watch.Elapsed;
        new GraphCompiler(_vocabulary).Compile(load.Corpus);
        var compiled = watch.Elapsed;
        if (diagnostics.Count > 0) throw new InvalidOperationException(diagnostics[0].ToString());
        return new Dictionary<string, double>
        {
            ["load"] = loaded.TotalMilliseconds,
            ["validate"] = (validated - loaded).TotalMilliseconds,
            ["compile"] = (compiled - validated).TotalMilliseconds,
        };
    }

    private void Peak(string after)
    {
        using var process = Process.GetCurrentProcess();
        _peaks[after] = process.PeakWorkingSet64 / 1048576.0;
    }

    private void Log(string step) => Console.Error.WriteLine($"  {facts:N0} facts: {step}");

    private static double Median(List<TimeSpan> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2].TotalMilliseconds
            : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]).TotalMilliseconds / 2;
    }

    private static void Delete(string db)
    {
        foreach (var path in new[] { db, db + "-journal", db + "-wal", db + "-shm" })
            if (File.Exists(path)) File.Delete(path);
    }
}
