using System.Diagnostics.Metrics;

namespace GraphBuilder.Graph;

/// <summary>
/// Counters a long load or sync reports as it goes (seed files found and loaded, from cache or parsed; store rows written),
/// published on the <c>GraphBuilder</c> meter; the CLI turns them into a progress line. Adding to
/// a counter nobody listens to costs next to nothing.
/// </summary>
public static class PipelineMetrics
{
    public const string MeterName = "GraphBuilder";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> SeedFilesFound = Meter.CreateCounter<long>("graphbuilder.seed_files.found", "{file}");
    public static readonly Counter<long> SeedFilesLoaded = Meter.CreateCounter<long>("graphbuilder.seed_files.loaded", "{file}");
    public static readonly Counter<long> StoreRowsWritten = Meter.CreateCounter<long>("graphbuilder.store.rows_written", "{row}");

    /// <summary>Requests a store adapter's resilience pipeline retried, tagged <c>error.type</c> (e.g. a Neo4j error code or HTTP status).</summary>
    public static readonly Counter<long> StoreRetries = Meter.CreateCounter<long>("graphbuilder.store.retries", "{retry}",
        "Store requests retried after a transient failure, by error code");
}
