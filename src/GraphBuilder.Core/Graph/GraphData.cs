namespace GraphBuilder.Graph;

/// <summary>A whole property graph, nodes and relationships each sorted by id (ordinal).</summary>
public sealed class GraphData
{
    public GraphData(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships)
    {
        Nodes = nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToArray();
        Relationships = relationships.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
    }

    public static GraphData Empty { get; } = new([], []);

    public IReadOnlyList<GraphNode> Nodes { get; }
    public IReadOnlyList<GraphRelationship> Relationships { get; }
}
