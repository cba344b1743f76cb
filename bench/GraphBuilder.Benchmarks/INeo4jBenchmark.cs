using GraphBuilder.Schema;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// Step 5: measures a full sync into Neo4j and how many rows each HTTP request carries
/// (<see cref="FakeNeo4jBenchmark"/> runs it against the in-process fake Query API server).
/// </summary>
public interface INeo4jBenchmark
{
    /// <summary>Null when the step can run; otherwise why it is skipped (printed in the results).</summary>
    string? UnavailableReason { get; }

    Task<Neo4jFigures> MeasureAsync(string seedsFolder, string schemaFolder, Vocabulary vocabulary, CancellationToken cancellationToken);
}

/// <summary>What the Neo4j step reports: requests sent, rows written, and the time the sync took.</summary>
public sealed record Neo4jFigures(int Requests, long Rows, TimeSpan Duration)
{
    /// <summary>Requests an unchanged re-sync sends (the snapshot pages and the marker read, when nothing changed).</summary>
    public int UnchangedResyncRequests { get; init; }

    /// <summary>Write transactions the full sync committed.</summary>
    public int Transactions { get; init; }

    /// <summary>The most rows one committed transaction carried.</summary>
    public int LargestTransactionRows { get; init; }

    /// <summary>Units of work retried (e.g. after the stand-in's per-transaction row limit).</summary>
    public int Retries { get; init; }

    /// <summary>The stand-in's per-transaction row limit during the run.</summary>
    public int TransactionRowLimit { get; init; }

    /// <summary>Peak working set of the real CLI running <c>sync --store neo4j</c> into an empty stand-in (null without GNU time).</summary>
    public double? CliSyncPeakMb { get; init; }

    public double RowsPerRequest => Requests == 0 ? 0 : (double)Rows / Requests;
}

/// <summary>Chooses the Neo4j step for this build.</summary>
public static class Neo4jBenchmarks
{
    // The fake holds the whole graph in this process (several GB at 1M), so it serves sizes up to this.
    private const int MaxFactsForFake = 100_000;

    // Request and row counts depend on the store, not the server, so the in-process fake serves them.
    public static INeo4jBenchmark Create(int facts) => facts <= MaxFactsForFake
        ? new FakeNeo4jBenchmark()
        : new Unavailable($"the in-process fake server holds the graph in memory; run up to {MaxFactsForFake:N0} facts");

    private sealed class Unavailable(string reason) : INeo4jBenchmark
    {
        public string? UnavailableReason => reason;

        public Task<Neo4jFigures> MeasureAsync(string seedsFolder, string schemaFolder, Vocabulary vocabulary, CancellationToken cancellationToken) =>
            throw new NotSupportedException(reason);
    }
}
