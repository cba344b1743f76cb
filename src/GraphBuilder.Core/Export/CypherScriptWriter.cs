using GraphBuilder.Graph;
using GraphBuilder.Schema;

namespace GraphBuilder.Export;

/// <summary>
/// Writes a Cypher script that cypher-shell (or Neo4j Browser) can run on an empty database:
/// id uniqueness constraints, then batches of <c>UNWIND [literal maps] AS row MERGE ...</c>.
/// No parameters: every value is an escaped literal (<see cref="CypherLiteral"/>); labels and types come
/// only from the vocabulary and are backtick-quoted. Citations become the Neo4j store's parallel lists.
/// </summary>
public sealed class CypherScriptWriter(Vocabulary vocabulary, int batchSize = 1000)
{
    public void Write(GraphData graph, TextWriter output)
    {
        output.WriteLine("// GraphBuilder export: run with cypher-shell -f on an empty database.");
        foreach (var label in vocabulary.NodeLabels)
            output.WriteLine($"CREATE CONSTRAINT {CypherLiteral.Key($"gb_{label}_id")} IF NOT EXISTS FOR (n:{Label(label)}) REQUIRE n.id IS UNIQUE;");
        foreach (var type in vocabulary.RelationshipTypes.Keys.Order(StringComparer.Ordinal))
            output.WriteLine($"CREATE CONSTRAINT {CypherLiteral.Key($"gb_{type}_id")} IF NOT EXISTS FOR ()-[r:{Type(type)}]-() REQUIRE r.id IS UNIQUE;");

        var labels = graph.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        foreach (var group in graph.Nodes.GroupBy(n => n.Label, StringComparer.Ordinal))
            foreach (var batch in group.Chunk(batchSize))
                output.WriteLine($"UNWIND {Rows(batch.Select(NodeRow))} AS row MERGE (n:{Label(group.Key)} {{id: row.id}}) SET n = row.props;");

        foreach (var group in graph.Relationships.GroupBy(r => (r.Type, Start: labels[r.StartId], End: labels[r.EndId])))
            foreach (var batch in group.Chunk(batchSize))
                output.WriteLine(
                    $"UNWIND {Rows(batch.Select(RelationshipRow))} AS row " +
                    $"MATCH (a:{Label(group.Key.Start)} {{id: row.start}}) MATCH (b:{Label(group.Key.End)} {{id: row.end}}) " +
                    $"MERGE (a)-[r:{Type(group.Key.Type)} {{id: row.id}}]->(b) SET r = row.props;");
    }

    public string ToScript(GraphData graph)
    {
        using var text = new StringWriter { NewLine = "\n" };
        Write(graph, text);
        return text.ToString();
    }

    private string Label(string label) => vocabulary.IsManagedLabel(label)
        ? CypherLiteral.Key(label)
        : throw new InvalidOperationException($"'{label}' is not a node label of the vocabulary.");

    private string Type(string type) => vocabulary.RelationshipTypes.ContainsKey(type)
        ? CypherLiteral.Key(type)
        : throw new InvalidOperationException($"'{type}' is not a relationship type of the vocabulary.");

    private static string Rows(IEnumerable<Dictionary<string, object?>> rows) => "[" + string.Join(",\n  ", rows.Select(CypherLiteral.Of)) + "]";

    private static Dictionary<string, object?> NodeRow(GraphNode node)
    {
        var props = Props(node.Properties, node.Id, node.Hash);
        return new() { ["id"] = node.Id, ["props"] = props };
    }

    private static Dictionary<string, object?> RelationshipRow(GraphRelationship rel)
    {
        var props = Props(rel.Properties, rel.Id, rel.Hash);
        props["source_ids"] = rel.Sources.Select(c => c.SourceId).ToArray();
        props["source_publishers"] = rel.Sources.Select(c => c.Publisher).ToArray();
        props["source_titles"] = rel.Sources.Select(c => c.Title).ToArray();
        props["source_published"] = rel.Sources.Select(c => c.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray();
        props["quotes"] = rel.Sources.Select(c => c.Quote).ToArray();
        return new() { ["id"] = rel.Id, ["start"] = rel.StartId, ["end"] = rel.EndId, ["props"] = props };
    }

    private static Dictionary<string, object?> Props(PropertyMap properties, string id, string hash)
    {
        var props = properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        props["id"] = id;
        props["gb_hash"] = hash;
        return props;
    }
}
