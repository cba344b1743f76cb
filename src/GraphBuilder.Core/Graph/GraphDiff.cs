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
    /// <summary>The content hash of the graph the diff leads to; stores record it as their sync marker.</summary>
    public string GraphHash { get; init; } = "";

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
        var heldNodes = 0;
        foreach (var node in desired.Nodes)
        {
            if (!current.Nodes.TryGetValue(node.Id, out var held))
            {
                addedNodes.Add(node);
                continue;
            }
            heldNodes++;
            if (held.LabelOrType != node.Label)
            {
                addedNodes.Add(node);
                relabelled.Add(node.Id);
            }
            else if (held.Hash != node.Hash) changedNodes.Add(node);
        }

        // A relabelled node is deleted with its relationships (Neo4j's DETACH DELETE), so they are written anew too.
        // Relationships far outnumber nodes: compared in chunks on every core, joined back in id order.
        var total = desired.Relationships.Count;
        var chunks = ParallelChunks.For(total);
        var parts = new RelationshipComparison[chunks];
        Parallel.For(0, chunks, c => parts[c] = CompareRelationships(current, desired.Relationships, total * c / chunks, total * (c + 1) / chunks, relabelled));
        var addedRels = new List<GraphRelationship>(parts.Sum(p => p.Added.Count));
        var changedRels = new List<GraphRelationship>(parts.Sum(p => p.Changed.Count));
        var readdedHeld = new List<RemovedElement>();
        var heldRels = 0;
        var distinctIds = DistinctNodeIds(desired);
        foreach (var part in parts)
        {
            distinctIds &= part.DistinctIds;
            addedRels.AddRange(part.Added);
            changedRels.AddRange(part.Changed);
            readdedHeld.AddRange(part.ReaddedHeld);
            heldRels += part.Held;
        }

        // Anything re-added (new label or type, or a relabelled endpoint) is first removed under its old
        // label or type, so stores keyed on (label, id) never keep a stale copy. When the graph has every
        // id the store holds (ids are distinct), that is all that is removed, and no id sets are needed.
        if (heldNodes == current.Nodes.Count && heldRels == current.Relationships.Count && distinctIds)
        {
            var removedNodes = relabelled.Select(id => new RemovedElement(id, current.Nodes[id].LabelOrType));
            return new GraphDiff(addedNodes, changedNodes, ById(removedNodes), addedRels, changedRels, ById(readdedHeld)) { GraphHash = desired.ContentHash };
        }
        var wantedNodes = desired.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var wantedRels = desired.Relationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var readdedRels = addedRels.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return new GraphDiff(addedNodes, changedNodes,
            Removed(current.Nodes, id => !wantedNodes.Contains(id) || relabelled.Contains(id)),
            addedRels, changedRels,
            Removed(current.Relationships, id => !wantedRels.Contains(id) || readdedRels.Contains(id))) { GraphHash = desired.ContentHash };
    }

    private sealed record RelationshipComparison(List<GraphRelationship> Added, List<GraphRelationship> Changed, List<RemovedElement> ReaddedHeld, int Held, bool DistinctIds);

    private static RelationshipComparison CompareRelationships(
        StoreSnapshot current, IReadOnlyList<GraphRelationship> desired, int from, int to, HashSet<string> relabelled)
    {
        var added = new List<GraphRelationship>();
        var changed = new List<GraphRelationship>();
        var readdedHeld = new List<RemovedElement>();
        var held = 0;
        var distinct = true;
        for (var i = from; i < to; i++)
        {
            var rel = desired[i];
            // The graph is sorted by id, so a repeat is adjacent; checked here while the element is at hand.
            if (i > 0 && desired[i - 1].Id == rel.Id) distinct = false;
            if (!current.Relationships.TryGetValue(rel.Id, out var state))
            {
                added.Add(rel);
                continue;
            }
            held++;
            if (state.LabelOrType != rel.Type || relabelled.Contains(rel.StartId) || relabelled.Contains(rel.EndId))
            {
                added.Add(rel);
                readdedHeld.Add(new RemovedElement(rel.Id, state.LabelOrType));
            }
            else if (state.Hash != rel.Hash) changed.Add(rel);
        }
        return new RelationshipComparison(added, changed, readdedHeld, held, distinct);
    }

    /// <summary>True when no node id repeats (the graph is sorted by id, so a repeat would be adjacent); relationships are checked in their comparison.</summary>
    private static bool DistinctNodeIds(GraphData graph)
    {
        for (var i = 1; i < graph.Nodes.Count; i++)
            if (graph.Nodes[i].Id == graph.Nodes[i - 1].Id) return false;
        return true;
    }

    private static RemovedElement[] ById(IEnumerable<RemovedElement> removed) => removed.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();

    private static RemovedElement[] Removed(IReadOnlyDictionary<string, ElementState> held, Func<string, bool> isRemoved) =>
        ById(held.Where(kv => isRemoved(kv.Key)).Select(kv => new RemovedElement(kv.Key, kv.Value.LabelOrType)));
}
