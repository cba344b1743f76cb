using GraphBuilder.Export;
using GraphBuilder.Graph;
using GraphBuilder.Stores.Neo4j;
using GraphBuilder.Testing;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Robustness.Tests.Support;

/// <summary>Compares graphs by everything they hold: ids, labels/types, endpoints, properties, citations and hashes.</summary>
public static class Graphs
{
    /// <summary>The committed graph of the fake Query API server, read back through the Neo4j store's own element mapping.</summary>
    public static GraphData FromFake(FakeGraph graph) => new(
        graph.Nodes.Select(n => Neo4jElementMapper.ToNode(n.Key, n.Value.Label, n.Value.Properties)),
        graph.Relationships.Select(r => Neo4jElementMapper.ToRelationship(r.Key, r.Value.Type, r.Value.StartId, r.Value.EndId, r.Value.Properties)));

    /// <summary>Canonical text: the JSON export plus every element's content hash, so no difference can hide.</summary>
    public static string Canonical(GraphData graph) =>
        JsonGraphWriter.ToJson(graph) + "\n" +
        string.Join("\n", graph.Nodes.Select(n => $"N {n.Id} {n.Hash}").Concat(graph.Relationships.Select(r => $"R {r.Id} {r.Hash}")));

    public static void AssertSame(GraphData expected, GraphData actual)
    {
        Assert.Equal(expected.Nodes.Count, actual.Nodes.Count);
        Assert.Equal(expected.Relationships.Count, actual.Relationships.Count);
        Assert.Equal(Canonical(expected), Canonical(actual));
    }
}
