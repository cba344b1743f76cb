namespace GraphBuilder.Testing.Neo4j;

/// <summary>
/// The fake server's in-memory graph: nodes and relationships by id, with their stored property maps.
/// Changed only through its methods, so it can keep the ids sorted for paged reads between changes
/// (a 1M-element snapshot is a hundred pages; sorting once per page would make it quadratic).
/// </summary>
public sealed class FakeGraph
{
    private readonly Dictionary<string, FakeNode> _nodes;
    private readonly Dictionary<string, FakeRelationship> _relationships;
    private string[]? _sortedNodeIds;
    private string[]? _sortedRelationshipIds;

    public FakeGraph()
    {
        _nodes = new Dictionary<string, FakeNode>(StringComparer.Ordinal);
        _relationships = new Dictionary<string, FakeRelationship>(StringComparer.Ordinal);
    }

    private FakeGraph(FakeGraph from)
    {
        _nodes = new Dictionary<string, FakeNode>(from._nodes, StringComparer.Ordinal);
        _relationships = new Dictionary<string, FakeRelationship>(from._relationships, StringComparer.Ordinal);
        (_sortedNodeIds, _sortedRelationshipIds) = (from._sortedNodeIds, from._sortedRelationshipIds);
        Marker = from.Marker;
    }

    public IReadOnlyDictionary<string, FakeNode> Nodes => _nodes;
    public IReadOnlyDictionary<string, FakeRelationship> Relationships => _relationships;

    /// <summary>The properties of the store's sync marker node, kept apart from the graph as Neo4j keeps it under its own label.</summary>
    public IReadOnlyDictionary<string, object?>? Marker { get; set; }

    public FakeGraph Clone() => new(this);

    public void SetNode(string id, FakeNode node)
    {
        if (!_nodes.ContainsKey(id)) _sortedNodeIds = null;
        _nodes[id] = node;
    }

    public void SetRelationship(string id, FakeRelationship relationship)
    {
        if (!_relationships.ContainsKey(id)) _sortedRelationshipIds = null;
        _relationships[id] = relationship;
    }

    public void RemoveRelationship(string id)
    {
        if (_relationships.Remove(id)) _sortedRelationshipIds = null;
    }

    /// <summary>Removes the nodes and every relationship touching them (<c>DETACH DELETE</c>), in one pass over the relationships.</summary>
    public void DetachDeleteNodes(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return;
        var doomed = ids.ToHashSet(StringComparer.Ordinal);
        foreach (var id in doomed) _nodes.Remove(id);
        foreach (var (relId, _) in _relationships.Where(x => doomed.Contains(x.Value.StartId) || doomed.Contains(x.Value.EndId)).ToArray())
            _relationships.Remove(relId);
        (_sortedNodeIds, _sortedRelationshipIds) = (null, null);
    }

    /// <summary>Node ids after <paramref name="after"/>, in ordinal order, at most <paramref name="limit"/>.</summary>
    public IEnumerable<string> NodeIdsAfter(string after, int limit) => Page(_sortedNodeIds ??= Sorted(_nodes.Keys), after, limit);

    public IEnumerable<string> RelationshipIdsAfter(string after, int limit) =>
        Page(_sortedRelationshipIds ??= Sorted(_relationships.Keys), after, limit);

    private static string[] Sorted(IEnumerable<string> ids)
    {
        var sorted = ids.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    private static IEnumerable<string> Page(string[] sorted, string after, int limit)
    {
        var start = Array.BinarySearch(sorted, after, StringComparer.Ordinal);
        start = start >= 0 ? start + 1 : ~start;
        return new ArraySegment<string>(sorted, start, Math.Min(limit, sorted.Length - start));
    }
}
