namespace GraphBuilder.Graph;

/// <summary>A whole property graph, nodes and relationships each sorted by id (ordinal).</summary>
public sealed class GraphData
{
    public GraphData(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships)
    {
        Nodes = nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToArray();
        Relationships = relationships.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
    }

    private GraphData()
    {
    }

    /// <summary>A graph over arrays already in the order the public constructor sorts into (the compiler merges sorted files).</summary>
    internal static GraphData FromSorted(GraphNode[] nodes, GraphRelationship[] relationships) =>
        new() { Nodes = nodes, Relationships = relationships };

    public static GraphData Empty { get; } = new([], []);

    public IReadOnlyList<GraphNode> Nodes { get; private init; } = [];
    public IReadOnlyList<GraphRelationship> Relationships { get; private init; } = [];

    /// <summary>The content hash of the whole graph (<see cref="Graph.ContentHash.OfGraph"/>), computed once: what a sync marker records.</summary>
    public string ContentHash => Hash.Value;

    /// <summary>
    /// The content hash with its checkpoints, for the next graph's hash to resume from (<see cref="GraphHash"/>).
    /// Thread-safe: a sync starts it beside its store read and diff, which then waits for it rather than computing it twice.
    /// </summary>
    internal GraphHash Hash
    {
        get
        {
            if (Volatile.Read(ref _hash) is { } hash) return hash;
            lock (_hashing)
            {
                if (_hash is { } done) return done;
                hash = GraphHash.Of(this, _earlier);
                _earlier = null;
                Volatile.Write(ref _hash, hash);
                return hash;
            }
        }
    }

    private readonly Lock _hashing = new();
    private GraphHash? _hash;

    // The hash of a graph compiled before this one, which this one's may resume from; dropped once used.
    private GraphHash? _earlier;

    /// <summary>Lets this graph's hash resume from <paramref name="earlier"/>'s (or from the one that could resume from).</summary>
    internal void FollowOn(GraphData earlier) => _earlier = earlier._hash ?? earlier._earlier;
}
