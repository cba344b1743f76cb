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
        var relabelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in desired.Nodes)
        {
            if (!current.Nodes.TryGetValue(node.Id, out var held)) addedNodes.Add(node);
            else if (held.LabelOrType != node.Label)
            {
                addedNodes.Add(node);
                relabelled.Add(node.Id);
            }
            else if (held.Hash != node.Hash) changedNodes.Add(node);
        }

        // A relabelled node is deleted with its relationships (Neo4j's DETACH DELETE), so they are written anew too.
        var addedRels = new List<GraphRelationship>();
        var changedRels = new List<GraphRelationship>();
        foreach (var rel in desired.Relationships)
        {
            if (!current.Relationships.TryGetValue(rel.Id, out var held) || held.LabelOrType != rel.Type
                || relabelled.Contains(rel.StartId) || relabelled.Contains(rel.EndId)) addedRels.Add(rel);
            else if (held.Hash != rel.Hash) changedRels.Add(rel);
        }

        // Anything re-added (new label or type, or a relabelled endpoint) is first removed under its old
        // label or type, so stores keyed on (label, id) never keep a stale copy.
        var wantedNodes = desired.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var wantedRels = desired.Relationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var readdedRels = addedRels.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var removedNodes = Removed(current.Nodes, id => !wantedNodes.Contains(id) || relabelled.Contains(id));
        var removedRels = Removed(current.Relationships, id => !wantedRels.Contains(id) || readdedRels.Contains(id));

        return new GraphDiff(addedNodes, changedNodes, removedNodes, addedRels, changedRels, removedRels);
    }

    private static RemovedElement[] Removed(IReadOnlyDictionary<string, ElementState> held, Func<string, bool> isRemoved) =>
        held.Where(kv => isRemoved(kv.Key))
            .Select(kv => new RemovedElement(kv.Key, kv.Value.LabelOrType))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
}
