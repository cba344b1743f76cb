namespace GraphBuilder.Graph;

/// <summary>
/// What must change in a store to make it equal the compiled graph. Stores apply it atomically, in this order:
/// removed relationships, removed nodes, added/changed nodes, added/changed relationships.
/// </summary>
public sealed record GraphDiff(
    IReadOnlyList<GraphNode> AddedNodes,
    IReadOnlyList<GraphNode> ChangedNodes,
    IReadOnlyList<RemovedElement> RemovedNodes,
    IReadOnlyList<GraphRelationship> AddedRelationships,
    IReadOnlyList<GraphRelationship> ChangedRelationships,
    IReadOnlyList<RemovedElement> RemovedRelationships)
{
    public bool IsEmpty =>
        AddedNodes.Count + ChangedNodes.Count + RemovedNodes.Count +
        AddedRelationships.Count + ChangedRelationships.Count + RemovedRelationships.Count == 0;

    public DiffCounts Counts => new(
        AddedNodes.Count, ChangedNodes.Count, RemovedNodes.Count,
        AddedRelationships.Count, ChangedRelationships.Count, RemovedRelationships.Count);

    /// <summary>Nodes to write (added then changed), for stores that upsert.</summary>
    public IEnumerable<GraphNode> UpsertNodes => AddedNodes.Concat(ChangedNodes);

    /// <summary>Relationships to write (added then changed), for stores that upsert.</summary>
    public IEnumerable<GraphRelationship> UpsertRelationships => AddedRelationships.Concat(ChangedRelationships);

    /// <summary>Compares what the store holds with the compiled graph; output order follows the graph's id order.</summary>
    public static GraphDiff Between(StoreSnapshot current, GraphData desired)
    {
        var addedNodes = new List<GraphNode>();
        var changedNodes = new List<GraphNode>();
        foreach (var node in desired.Nodes)
        {
            if (!current.Nodes.TryGetValue(node.Id, out var held) || held.LabelOrType != node.Label) addedNodes.Add(node);
            else if (held.Hash != node.Hash) changedNodes.Add(node);
        }

        var addedRels = new List<GraphRelationship>();
        var changedRels = new List<GraphRelationship>();
        foreach (var rel in desired.Relationships)
        {
            if (!current.Relationships.TryGetValue(rel.Id, out var held) || held.LabelOrType != rel.Type) addedRels.Add(rel);
            else if (held.Hash != rel.Hash) changedRels.Add(rel);
        }

        // An element whose label or type changed is removed under the old one and added anew,
        // so stores keyed on (label, id) never keep a stale copy.
        var wantedNodes = desired.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        var wantedRels = desired.Relationships.ToDictionary(r => r.Id, r => r.Type, StringComparer.Ordinal);
        var removedNodes = current.Nodes
            .Where(kv => !wantedNodes.TryGetValue(kv.Key, out var label) || label != kv.Value.LabelOrType)
            .Select(kv => new RemovedElement(kv.Key, kv.Value.LabelOrType))
            .OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var removedRels = current.Relationships
            .Where(kv => !wantedRels.TryGetValue(kv.Key, out var type) || type != kv.Value.LabelOrType)
            .Select(kv => new RemovedElement(kv.Key, kv.Value.LabelOrType))
            .OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();

        return new GraphDiff(addedNodes, changedNodes, removedNodes, addedRels, changedRels, removedRels);
    }
}
