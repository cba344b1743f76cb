using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;
using GraphBuilder.Schema;

namespace GraphBuilder.Testing;

/// <summary>Builders for test values: the shipped vocabulary, nodes and relationships with correct content hashes.</summary>
public static class Some
{
    /// <summary>The vocabulary from the repository's <c>schema/vocabulary.yaml</c>.</summary>
    public static Vocabulary Vocabulary => SomeVocabulary.FromRepository();

    /// <summary>A node with the given properties (pairs of key and value) and its real content hash.</summary>
    public static GraphNode Node(string id, string label = "State", params (string Key, PropertyValue? Value)[] properties)
    {
        var map = PropertyMap.Of(properties);
        if (!map.ContainsKey("name")) map = map.With("name", id);
        return new GraphNode(id, label, map, ContentHash.OfNode(label, map));
    }

    public static GraphRelationship Relationship(
        string id, string type, string startId, string endId,
        IReadOnlyList<Citation>? sources = null, params (string Key, PropertyValue? Value)[] properties)
    {
        var map = PropertyMap.Of(properties);
        var citations = sources ?? [Citation()];
        return new GraphRelationship(id, type, startId, endId, map, citations,
            ContentHash.OfRelationship(type, startId, endId, map, citations));
    }

    public static Citation Citation(string sourceId = "report", string quote = "a quote") =>
        new(sourceId, "Example Wire", "A report", new DateOnly(2022, 9, 10), quote);

    public static GraphData Graph(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship>? relationships = null) =>
        new(nodes, relationships ?? []);
}
