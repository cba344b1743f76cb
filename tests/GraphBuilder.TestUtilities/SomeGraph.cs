using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Testing;

/// <summary>
/// Builds small compiled graphs for store and export tests, hashing elements with <see cref="ContentHash"/>
/// like the compiler does. Build once; the builder is not reused after <see cref="Build"/>.
/// </summary>
public sealed class SomeGraph
{
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphRelationship> _relationships = [];
    private bool _built;

    public SomeGraph Node(string id, string label = "State", string? name = null, IReadOnlyList<string>? aliases = null, Func<PropertyMap, PropertyMap>? extra = null)
    {
        var properties = PropertyMap.Of(("name", name ?? id), ("kind", label.ToLowerInvariant()), ("aliases", aliases is null ? null : new StringListValue(aliases)));
        properties = extra?.Invoke(properties) ?? properties;
        _nodes.Add(new GraphNode(id, label, properties, ContentHash.OfNode(label, properties)));
        return this;
    }

    /// <summary>Adds <paramref name="count"/> nodes <c>{prefix}-0..</c> of one label.</summary>
    public SomeGraph Nodes(int count, string label = "State", string prefix = "n")
    {
        for (var i = 0; i < count; i++) Node($"{prefix}-{i}", label, $"{label} {i}");
        return this;
    }

    public SomeGraph Relationship(string id, string type, string startId, string endId, IReadOnlyList<Citation>? sources = null, Func<PropertyMap, PropertyMap>? extra = null)
    {
        var properties = extra?.Invoke(PropertyMap.Empty) ?? PropertyMap.Empty;
        var citations = sources ?? [Cite()];
        _relationships.Add(new GraphRelationship(id, type, startId, endId, properties, citations,
            ContentHash.OfRelationship(type, startId, endId, properties, citations)));
        return this;
    }

    public static Citation Cite(string sourceId = "src-1", string quote = "a verbatim quote", DateOnly? published = null) =>
        new(sourceId, "Some Publisher", "Some Title", published ?? new DateOnly(2022, 9, 10), quote);

    public GraphData Build()
    {
        if (_built) throw new InvalidOperationException("SomeGraph was already built.");
        _built = true;
        return new GraphData(_nodes, _relationships);
    }
}
