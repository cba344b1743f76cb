using GraphBuilder.Graph;
using GraphBuilder.Schema;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Writes a Cypher script that cypher-shell (or Neo4j Browser) can run on an empty database: the
/// store's own constraint and merge statements (<see cref="CypherStatements"/>) with the store's own
/// rows (<see cref="Neo4jElementMapper"/>), each batch's rows inlined as escaped literals
/// (<see cref="CypherLiteral"/>) where the store sends <c>$rows</c>. So a database loaded from the
/// script has exactly the layout a sync writes, and the next sync finds it up to date.
/// </summary>
public sealed class CypherScriptWriter(Vocabulary vocabulary, int batchSize = 1000)
{
    private readonly CypherStatements _statements = new(vocabulary);

    public void Write(GraphData graph, TextWriter output)
    {
        output.WriteLine("// GraphBuilder export: run with cypher-shell -f on an empty database.");
        foreach (var constraint in _statements.Constraints()) output.WriteLine(constraint + ";");

        var labels = graph.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        foreach (var group in graph.Nodes.GroupBy(n => n.Label, StringComparer.Ordinal))
            foreach (var batch in group.Chunk(batchSize))
                output.WriteLine(_statements.MergeNodes(group.Key, Rows(batch.Select(Neo4jElementMapper.NodeRow))) + ";");

        foreach (var group in graph.Relationships.GroupBy(r => (r.Type, Start: labels[r.StartId], End: labels[r.EndId])))
            foreach (var batch in group.Chunk(batchSize))
                output.WriteLine(_statements.MergeRelationships(group.Key.Type, group.Key.Start, group.Key.End,
                    Rows(batch.Select(Neo4jElementMapper.RelationshipRow))) + ";");
    }

    public string ToScript(GraphData graph)
    {
        using var text = new StringWriter { NewLine = "\n" };
        Write(graph, text);
        return text.ToString();
    }

    private static string Rows(IEnumerable<IReadOnlyDictionary<string, object?>> rows) => "[" + string.Join(",\n  ", rows.Select(CypherLiteral.Of)) + "]";
}
