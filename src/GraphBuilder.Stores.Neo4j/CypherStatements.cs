using GraphBuilder.Schema;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Every Cypher statement the Neo4j store sends. Each starts with a <c>// graphbuilder:KIND</c>
/// comment (handy in Neo4j's query log, and for test fakes). Identifiers come from
/// <see cref="CypherIdentifier"/>; every value is a <c>$parameter</c>.
/// </summary>
internal sealed class CypherStatements(Vocabulary vocabulary)
{
    public const string MarkerPrefix = "// graphbuilder:";

    public IEnumerable<string> Constraints()
    {
        foreach (var label in vocabulary.NodeLabels)
            yield return Marked("constraint",
                $"CREATE CONSTRAINT {CypherIdentifier.Quote($"gb_{label}_id")} IF NOT EXISTS FOR (n:{CypherIdentifier.Label(vocabulary, label)}) REQUIRE n.id IS UNIQUE");
        foreach (var type in vocabulary.RelationshipTypes.Keys.Order(StringComparer.Ordinal))
            yield return Marked("constraint",
                $"CREATE CONSTRAINT {CypherIdentifier.Quote($"gb_{type}_id")} IF NOT EXISTS FOR ()-[r:{CypherIdentifier.RelationshipType(vocabulary, type)}]-() REQUIRE r.id IS UNIQUE");
        // Two first syncs at once would otherwise each MERGE a marker node of their own.
        yield return Marked("constraint",
            $"CREATE CONSTRAINT {CypherIdentifier.Quote(MarkerConstraint)} IF NOT EXISTS FOR (m:{CypherIdentifier.Quote(MarkerLabel)}) REQUIRE m.key IS UNIQUE");
    }

    /// <summary>The uniqueness constraint on the marker's <c>key</c>.</summary>
    public const string MarkerConstraint = "gb_GraphBuilderSync_key";

    /// <summary>The cheapest statement the server must answer: the health check's ping.</summary>
    public static string Ping() => Marked("ping", "RETURN 1 AS ok");

    /// <summary>The label of the one node holding the <see cref="SyncMarker"/>; never a vocabulary label, so no read of the graph sees it.</summary>
    public const string MarkerLabel = "GraphBuilderSync";

    /// <summary>
    /// One page of (id, label, hash) of managed nodes, ordered by id. Parameters: <c>$labels</c>,
    /// <c>$after</c> (the last id of the previous page, "" for the first) and <c>$limit</c>. The first page
    /// also returns the sync marker (<c>graphHash</c>, <c>complete</c>, <c>writtenAt</c>; nulls when there is
    /// none) as one more row whose id is null, so an unchanged re-sync sends nothing but the snapshot pages.
    /// </summary>
    public string SnapshotNodes() => Marked("snapshot-nodes",
        $"OPTIONAL MATCH (m:{CypherIdentifier.Quote(MarkerLabel)} {{key: 'sync'}}) WITH m WHERE $after = '' " +
        "RETURN null AS id, null AS label, null AS hash, m.graph_hash AS graphHash, m.complete AS complete, m.written_at AS writtenAt " +
        "UNION ALL " +
        $"MATCH (n:{CypherIdentifier.AnyLabel(vocabulary)}) WHERE n.id > $after " +
        "RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, n.gb_hash AS hash, " +
        "null AS graphHash, null AS complete, null AS writtenAt ORDER BY id LIMIT $limit");

    /// <summary>One page of (id, type, hash) of managed relationships, ordered by id. Parameters: <c>$after</c>, <c>$limit</c>.</summary>
    public string SnapshotRelationships() => Marked("snapshot-relationships",
        $"MATCH ()-[r:{CypherIdentifier.AnyType(vocabulary)}]->() WHERE r.id > $after " +
        "RETURN r.id AS id, type(r) AS label, r.gb_hash AS hash ORDER BY id LIMIT $limit");

    /// <summary>Parameters: <c>$hash</c>, <c>$complete</c>, <c>$writtenAt</c> (ISO 8601 text).</summary>
    public static string WriteMarker() => Marked("write-marker",
        $"MERGE (m:{CypherIdentifier.Quote(MarkerLabel)} {{key: 'sync'}}) " +
        "SET m.graph_hash = $hash, m.complete = $complete, m.written_at = $writtenAt");

    public static string ReadMarker() => Marked("read-marker",
        $"MATCH (m:{CypherIdentifier.Quote(MarkerLabel)} {{key: 'sync'}}) " +
        "RETURN m.graph_hash AS hash, m.complete AS complete, m.written_at AS writtenAt");

    /// <summary>Parameter: <c>$ids</c>.</summary>
    public string DeleteRelationships(string type) => Marked("delete-relationships",
        $"UNWIND $ids AS id MATCH ()-[r:{CypherIdentifier.RelationshipType(vocabulary, type)} {{id: id}}]->() DELETE r");

    /// <summary>Parameter: <c>$ids</c>.</summary>
    public string DeleteNodes(string label) => Marked("delete-nodes",
        $"UNWIND $ids AS id MATCH (n:{CypherIdentifier.Label(vocabulary, label)} {{id: id}}) DETACH DELETE n");

    /// <summary>The one column a sync's merge returns: the ids of the rows it wrote, which the store compares with the rows it sent.</summary>
    public const string WrittenField = "written";

    private const string RowsParameter = "$rows";

    /// <summary>
    /// Parameter: <c>$rows</c> of <c>{id, props}</c>; returns <see cref="WrittenField"/>. <paramref name="rows"/> replaces
    /// <c>$rows</c> with another list expression (the script export's literal list), which returns nothing.
    /// </summary>
    public string MergeNodes(string label, string rows = RowsParameter) => Marked("merge-nodes",
        $"UNWIND {rows} AS row MERGE (n:{CypherIdentifier.Label(vocabulary, label)} {{id: row.id}}) SET n = row.props" + ReturnWritten(rows));

    /// <summary>
    /// Parameter: <c>$rows</c> of <c>{id, start, end, props}</c> (or <paramref name="rows"/>); endpoints matched by label so the
    /// id index is used. A row whose endpoint is missing matches nothing: it is missing from <see cref="WrittenField"/>.
    /// </summary>
    public string MergeRelationships(string type, string startLabel, string endLabel, string rows = RowsParameter) => Marked("merge-relationships",
        $"UNWIND {rows} AS row " +
        $"MATCH (a:{CypherIdentifier.Label(vocabulary, startLabel)} {{id: row.start}}) " +
        $"MATCH (b:{CypherIdentifier.Label(vocabulary, endLabel)} {{id: row.end}}) " +
        $"MERGE (a)-[r:{CypherIdentifier.RelationshipType(vocabulary, type)} {{id: row.id}}]->(b) SET r = row.props" + ReturnWritten(rows));

    private static string ReturnWritten(string rows) => rows == RowsParameter ? $" RETURN collect(row.id) AS {WrittenField}" : "";

    /// <summary>Which of <c>$ids</c> carry this label.</summary>
    public string LookupLabel(string label) => Marked("lookup-label",
        $"MATCH (n:{CypherIdentifier.Label(vocabulary, label)}) WHERE n.id IN $ids RETURN n.id AS id");

    /// <summary>One page of whole nodes, ordered by id. Parameters: <c>$after</c>, <c>$limit</c>.</summary>
    public string ReadNodes() => Marked("read-nodes",
        $"MATCH (n:{CypherIdentifier.AnyLabel(vocabulary)}) WHERE n.id > $after " +
        "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id LIMIT $limit");

    /// <summary>One page of whole relationships, ordered by id. Parameters: <c>$after</c>, <c>$limit</c>.</summary>
    public string ReadRelationships() => Marked("read-relationships",
        $"MATCH (a)-[r:{CypherIdentifier.AnyType(vocabulary)}]->(b) WHERE r.id > $after " +
        "RETURN r.id AS id, type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props ORDER BY id LIMIT $limit");

    /// <summary>
    /// Parameters <c>$subject</c>, <c>$object</c>, <c>$either</c>: lower-cased, or null for no filter.
    /// An entity matches on id, name or any alias, case-insensitively.
    /// </summary>
    public string FindRelationships(IReadOnlyList<string> types)
    {
        var anyLabel = CypherIdentifier.AnyLabel(vocabulary);
        return Marked("find-relationships",
            $"MATCH (a:{anyLabel})-[r:{CypherIdentifier.AnyType(vocabulary, types)}]->(b:{anyLabel}) " +
            $"WHERE ($subject IS NULL OR {Matches("a", "$subject")}) " +
            $"AND ($object IS NULL OR {Matches("b", "$object")}) " +
            $"AND ($either IS NULL OR {Matches("a", "$either")} OR {Matches("b", "$either")}) " +
            "RETURN r.id AS id, type(r) AS type, properties(r) AS props, " +
            "a.id AS startId, labels(a) AS startLabels, properties(a) AS startProps, " +
            "b.id AS endId, labels(b) AS endLabels, properties(b) AS endProps ORDER BY id");
    }

    private static string Matches(string node, string parameter) =>
        $"(toLower({node}.id) = {parameter} OR toLower({node}.name) = {parameter} " +
        $"OR any(alias IN coalesce({node}.aliases, []) WHERE toLower(alias) = {parameter}))";

    private static string Marked(string kind, string statement) => $"{MarkerPrefix}{kind}\n{statement}";
}
