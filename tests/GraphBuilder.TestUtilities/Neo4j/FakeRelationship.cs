namespace GraphBuilder.Testing.Neo4j;

/// <summary>A relationship of <see cref="FakeGraph"/>.</summary>
public sealed record FakeRelationship(string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?> Properties);
