namespace GraphBuilder.Stores.Neo4j;

/// <summary>One UNWIND statement and every row (or id) it must be run with; sent in batches.</summary>
internal sealed record Neo4jWriteStep(string Statement, string Parameter, IReadOnlyList<object?> Items);
