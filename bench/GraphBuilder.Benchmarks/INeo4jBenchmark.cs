using GraphBuilder.Schema;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// Step 5: measures a full sync into Neo4j and how many rows each HTTP request carries
/// (<see cref="FakeNeo4jBenchmark"/> runs it against the fake Query API server in its own process).
/// </summary>
public interface INeo4jBenchmark
{
    Task<Neo4jFigures> MeasureAsync(string seedsFolder, string schemaFolder, Vocabulary vocabulary, CancellationToken cancellationToken);
}
