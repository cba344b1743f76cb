namespace GraphBuilder.Benchmarks;

/// <summary>Every figure measured for one corpus size (times in milliseconds, medians of the measured runs).</summary>
public sealed record SizeResult
{
    public int Facts { get; init; }
    public int Files { get; init; }
    public int Entities { get; init; }
    public int Nodes { get; init; }
    public int Relationships { get; init; }
    public double YamlMegabytes { get; init; }
    public int Runs { get; init; }
    public long ScanEvents { get; init; }
    public double ScanMs { get; init; }
    public double ValidateMs { get; init; }
    public double FullSyncMs { get; init; }
    public double IncrementalSyncMs { get; init; }
    public double ValidateOverScan => ValidateMs / ScanMs;
    public double FullSyncOverScan => FullSyncMs / ScanMs;
    public double IncrementalOverFull => IncrementalSyncMs / FullSyncMs;

    /// <summary>Where validate's time goes: load (read + parse), validate, compile (one run, after the median runs).</summary>
    public Dictionary<string, double> ValidateBreakdownMs { get; init; } = [];

    /// <summary>Where the full and incremental syncs' time goes: pipeline+diff, snapshot read, apply (last run).</summary>
    public Dictionary<string, double> FullSyncBreakdownMs { get; init; } = [];
    public Dictionary<string, double> IncrementalBreakdownMs { get; init; } = [];

    public double Neo4jRowsPerRequest { get; init; }
    public int Neo4jRequests { get; init; }
    public int Neo4jResyncRequests { get; init; }
    public int Neo4jTransactions { get; init; }
    public int Neo4jLargestTransactionRows { get; init; }
    public int Neo4jRetries { get; init; }
    public int Neo4jTransactionRowLimit { get; init; }

    /// <summary>Peak working set of the stand-in's process, holding the synced graph (not GraphBuilder's cost).</summary>
    public double Neo4jStandInPeakMb { get; init; }

    public double? Neo4jCliSyncPeakMb { get; init; }

    /// <summary>Peak working set of the real CLI running <c>validate</c> and <c>sync</c> (empty store), each in a fresh process: what a user sees.</summary>
    public double? CliValidatePeakMb { get; init; }
    public double? CliSyncPeakMb { get; init; }

    /// <summary>Wall time of those two CLI runs, process start-up and JIT included (the CLI runs with tiered PGO off; the harness with the default).</summary>
    public double CliValidateSeconds { get; init; }
    public double CliSyncSeconds { get; init; }

    /// <summary>Peak working set of the harness process itself, which runs every step (and keeps its caches) one after the other.</summary>
    public double PeakWorkingSetMb { get; init; }
    public Dictionary<string, double> PeakWorkingSetAfterMb { get; init; } = [];
}
