using GraphBuilder.Graph;
using GraphBuilder.Queries;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Stores.Embedded;

/// <summary>
/// Reads nodes and relationships back from the store, each checked against its content hash
/// (<see cref="StoredElementCheck"/>), and answers relationship queries.
/// </summary>
internal sealed class SqliteGraphReader(SqliteConnection connection, string storePath)
{
    private const string RelationshipColumns = "SELECT r.id, r.type, r.start_id, r.end_id, r.hash, r.properties, r.sources FROM relationships r";

    public List<GraphNode> Nodes(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var nodes = new List<GraphNode>();
        while (reader.Read())
            nodes.Add(StoredElementCheck.Node(storePath, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        return nodes;
    }

    public List<GraphRelationship> Relationships(string where, (string Name, object Value)[] parameters)
    {
        using var command = Command(RelationshipColumns + " " + where, parameters);
        using var reader = command.ExecuteReader();
        var relationships = new List<GraphRelationship>();
        while (reader.Read())
            relationships.Add(StoredElementCheck.Relationship(storePath, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6)));
        return relationships;
    }

    public IReadOnlyList<RelationshipMatch> Find(RelationshipQuery query)
    {
        // Filters are parameters; only the number of type placeholders varies with the query.
        var conditions = new List<string>();
        var parameters = new List<(string, object)>();
        if (query.Types.Count > 0)
        {
            conditions.Add("r.type IN (" + string.Join(", ", query.Types.Select((_, i) => "$type" + i)) + ")");
            parameters.AddRange(query.Types.Select((t, i) => ("$type" + i, (object)t)));
        }
        const string named = "(SELECT node_id FROM node_names WHERE name = {0})";
        if (query.Subject is not null)
        {
            conditions.Add("r.start_id IN " + string.Format(named, "$subject"));
            parameters.Add(("$subject", NameKey(query.Subject)));
        }
        if (query.Object is not null)
        {
            conditions.Add("r.end_id IN " + string.Format(named, "$object"));
            parameters.Add(("$object", NameKey(query.Object)));
        }
        if (query.Either is not null)
        {
            conditions.Add($"(r.start_id IN {string.Format(named, "$either")} OR r.end_id IN {string.Format(named, "$either")})");
            parameters.Add(("$either", NameKey(query.Either)));
        }
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        var relationships = Relationships(where, [.. parameters]);

        var endpointIds = relationships.SelectMany(r => new[] { r.StartId, r.EndId }).Distinct(StringComparer.Ordinal).ToArray();
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var chunk in endpointIds.Chunk(500))
        {
            var placeholders = string.Join(", ", chunk.Select((_, i) => "$n" + i));
            foreach (var node in Nodes($"SELECT id, label, hash, properties FROM nodes WHERE id IN ({placeholders})",
                         [.. chunk.Select((id, i) => ("$n" + i, (object)id))]))
                nodes[node.Id] = node;
        }
        return relationships.Select(r => new RelationshipMatch(r, Endpoint(r, r.StartId), Endpoint(r, r.EndId))).ToList();

        GraphNode Endpoint(GraphRelationship r, string id) =>
            nodes.TryGetValue(id, out var node) ? node : throw StoredElementCheck.Damaged(storePath, "relationship", r.Id);
    }

    /// <summary>Names are matched case-insensitively for all scripts (SQLite's NOCASE folds ASCII only).</summary>
    public static string NameKey(string name) => name.ToLowerInvariant();

    private SqliteCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
