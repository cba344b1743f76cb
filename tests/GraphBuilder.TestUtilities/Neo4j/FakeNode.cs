namespace GraphBuilder.Testing.Neo4j;

/// <summary>A node of <see cref="FakeGraph"/>.</summary>
public sealed record FakeNode(string Label, IReadOnlyDictionary<string, object?> Properties);
