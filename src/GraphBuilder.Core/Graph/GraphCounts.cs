namespace GraphBuilder.Graph;

/// <summary>How many nodes a graph holds per label and relationships per type, each list in ordinal order of its keys.</summary>
public sealed record GraphCounts(IReadOnlyList<KeyValuePair<string, int>> NodesByLabel, IReadOnlyList<KeyValuePair<string, int>> RelationshipsByType)
{
    public int Nodes => NodesByLabel.Sum(c => c.Value);

    public int Relationships => RelationshipsByType.Sum(c => c.Value);

    public static GraphCounts Of(GraphData graph)
    {
        var tally = new Tally();
        foreach (var node in graph.Nodes) tally.Node(node.Label);
        foreach (var relationship in graph.Relationships) tally.Relationship(relationship.Type);
        return tally.Counts();
    }

    /// <summary>Counts labels and types as they come.</summary>
    internal sealed class Tally
    {
        private readonly Dictionary<string, int> _nodes = new(StringComparer.Ordinal), _relationships = new(StringComparer.Ordinal);

        public void Node(string label) => _nodes[label] = _nodes.GetValueOrDefault(label) + 1;

        public void Relationship(string type) => _relationships[type] = _relationships.GetValueOrDefault(type) + 1;

        public GraphCounts Counts() => new(
            [.. _nodes.OrderBy(c => c.Key, StringComparer.Ordinal)], [.. _relationships.OrderBy(c => c.Key, StringComparer.Ordinal)]);
    }
}
