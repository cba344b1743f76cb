namespace GraphBuilder.Graph;

/// <summary>The ids and content hashes a store holds: all a diff needs to know about it.</summary>
public sealed record StoreSnapshot(
    IReadOnlyDictionary<string, ElementState> Nodes,
    IReadOnlyDictionary<string, ElementState> Relationships)
{
    public static StoreSnapshot Empty { get; } = new(
        new Dictionary<string, ElementState>(), new Dictionary<string, ElementState>());

    public static StoreSnapshot Of(GraphData graph) => new(
        graph.Nodes.ToDictionary(n => n.Id, n => new ElementState(n.Label, n.Hash), StringComparer.Ordinal),
        graph.Relationships.ToDictionary(r => r.Id, r => new ElementState(r.Type, r.Hash), StringComparer.Ordinal));
}
