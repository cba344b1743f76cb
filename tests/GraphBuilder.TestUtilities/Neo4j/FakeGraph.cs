namespace GraphBuilder.Testing.Neo4j;

/// <summary>The fake server's in-memory graph: nodes and relationships by id, with their stored property maps.</summary>
public sealed class FakeGraph
{
    public Dictionary<string, FakeNode> Nodes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, FakeRelationship> Relationships { get; } = new(StringComparer.Ordinal);

    /// <summary>The properties of the store's sync marker node, kept apart from the graph as Neo4j keeps it under its own label.</summary>
    public IReadOnlyDictionary<string, object?>? Marker { get; set; }

    public FakeGraph Clone()
    {
        var copy = new FakeGraph();
        foreach (var (id, node) in Nodes) copy.Nodes[id] = node;
        foreach (var (id, rel) in Relationships) copy.Relationships[id] = rel;
        copy.Marker = Marker;
        return copy;
    }
}
