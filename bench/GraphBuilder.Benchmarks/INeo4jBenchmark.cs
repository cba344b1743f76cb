using GraphBuilder.Schema;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// EXTENSION POINT (step 5): measures a full sync into Neo4j and how many rows each HTTP request
/// carries. The Neo4j store is built on another branch; after merging it, implement this over the
/// Neo4j store (count requests in a DelegatingHandler on its HttpClient, rows from the diff) and
/// return it from <see cref="Neo4jBenchmarks.Create"/> when NEO4J_URI is set.
/// </summary>
public interface INeo4jBenchmark
{
    /// <summary>Null when the step can run; otherwise why it is skipped (printed in the results).</summary>
    string? UnavailableReason { get; }

    Task<Neo4jFigures> MeasureAsync(string seedsFolder, Vocabulary vocabulary, CancellationToken cancellationToken);
}

/// <summary>What the Neo4j step reports: requests sent, rows written, and the time the sync took.</summary>
public sealed record Neo4jFigures(int Requests, long Rows, TimeSpan Duration)
{
    public double RowsPerRequest => Requests == 0 ? 0 : (double)Rows / Requests;
}

/// <summary>Chooses the Neo4j step for this build.</summary>
public static class Neo4jBenchmarks
{
    // Wire the merged Neo4j store in here (e.g. when NEO4J_URI is set); until then the step is skipped.
    public static INeo4jBenchmark Create() => new UnavailableNeo4jBenchmark();

    private sealed class UnavailableNeo4jBenchmark : INeo4jBenchmark
    {
        public string? UnavailableReason => "Neo4j store not available in this build";

        public Task<Neo4jFigures> MeasureAsync(string seedsFolder, Vocabulary vocabulary, CancellationToken cancellationToken) =>
            throw new NotSupportedException(UnavailableReason);
    }
}
