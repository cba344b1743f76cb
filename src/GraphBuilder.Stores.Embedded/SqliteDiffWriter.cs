using GraphBuilder.Graph;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Stores.Embedded;

/// <summary>Writes one <see cref="GraphDiff"/> inside the caller's transaction, many rows per prepared statement.</summary>
internal sealed class SqliteDiffWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    public void Write(GraphDiff diff, CancellationToken cancellationToken)
    {
        Delete("relationships", "id", [.. diff.RemovedRelationships.Select(r => r.Id)], cancellationToken);
        Delete("node_names", "node_id", [.. diff.RemovedNodes.Select(n => n.Id), .. diff.ChangedNodes.Select(n => n.Id)], cancellationToken);
        Delete("nodes", "id", [.. diff.RemovedNodes.Select(n => n.Id)], cancellationToken);

        // Deletes above use the indexes; a write at least as large as what the store holds (a first
        // sync) rebuilds them afterwards instead. DDL is transactional: a kill leaves the old store.
        var rebuildIndexes = UpsertCount(diff) >= Math.Max(MinRowsForIndexRebuild, StoredRows());
        if (rebuildIndexes)
            foreach (var (name, _) in SqliteStoreFile.SecondaryIndexes) Execute($"DROP INDEX {name}");

        using (var upsert = new BatchedStatement(connection, diff.AddedNodes.Count + diff.ChangedNodes.Count, RowsPerBatch, rows =>
            $"INSERT INTO nodes (id, label, hash, properties) VALUES {BatchedStatement.Values(rows, 4)} " +
            "ON CONFLICT(id) DO UPDATE SET label = excluded.label, hash = excluded.hash, properties = excluded.properties"))
        {
            upsert.Run(diff.UpsertNodes, static (row, node) =>
            {
                row.Text(node.Id);
                row.Text(node.Label);
                row.Text(node.Hash);
                row.Utf8(StoredPropertyCodec.EncodeUtf8(node.Properties));
            }, cancellationToken);
        }

        var names = NameRows(diff);
        using (var insert = new BatchedStatement(connection, names.Count, RowsPerBatch, rows =>
            $"INSERT INTO node_names (node_id, name) VALUES {BatchedStatement.Values(rows, 2)}"))
        {
            insert.Run(names, static (row, name) =>
            {
                row.Text(name.Id);
                row.Text(name.Name);
            }, cancellationToken);
        }

        using (var upsert = new BatchedStatement(connection, diff.AddedRelationships.Count + diff.ChangedRelationships.Count, RowsPerBatch, rows =>
            $"INSERT INTO relationships (id, type, start_id, end_id, hash, properties, sources) VALUES {BatchedStatement.Values(rows, 7)} " +
            "ON CONFLICT(id) DO UPDATE SET type = excluded.type, start_id = excluded.start_id, end_id = excluded.end_id, " +
            "hash = excluded.hash, properties = excluded.properties, sources = excluded.sources"))
        {
            upsert.Run(diff.UpsertRelationships, static (row, rel) =>
            {
                row.Text(rel.Id);
                row.Text(rel.Type);
                row.Text(rel.StartId);
                row.Text(rel.EndId);
                row.Text(rel.Hash);
                row.Utf8(StoredPropertyCodec.EncodeUtf8(rel.Properties));
                row.Utf8(StoredPropertyCodec.EncodeCitationsUtf8(rel.Sources));
            }, cancellationToken);
        }

        if (rebuildIndexes)
            foreach (var (_, create) in SqliteStoreFile.SecondaryIndexes) Execute(create);

        Execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
    }

    /// <summary>Rows bound per statement execution: enough to spread SQLite's per-statement cost thin.</summary>
    private const int RowsPerBatch = 100;

    private void Delete(string table, string column, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        using var delete = new BatchedStatement(connection, ids.Count, RowsPerBatch, rows =>
            $"DELETE FROM {table} WHERE {column} IN ({BatchedStatement.Placeholders(rows)})");
        delete.Run(ids, static (row, id) => row.Text(id), cancellationToken);
    }

    /// <summary>Each upserted node's id, name and aliases as lookup keys, without repeats within a node.</summary>
    private static List<(string Id, string Name)> NameRows(GraphDiff diff)
    {
        var rows = new List<(string Id, string Name)>((diff.AddedNodes.Count + diff.ChangedNodes.Count) * 3);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in diff.UpsertNodes)
        {
            seen.Clear();
            Add(node.Id, node.Id);
            Add(node.Id, node.Name);
            var aliases = node.Aliases;
            for (var i = 0; i < aliases.Count; i++) Add(node.Id, aliases[i]);
        }
        return rows;

        void Add(string id, string text)
        {
            var key = SqliteGraphReader.NameKey(text);
            if (seen.Add(key)) rows.Add((id, key));
        }
    }

    private const int MinRowsForIndexRebuild = 1000;

    private static long UpsertCount(GraphDiff diff) =>
        diff.AddedNodes.Count + diff.ChangedNodes.Count + diff.AddedRelationships.Count + diff.ChangedRelationships.Count;

    private long StoredRows()
    {
        using var count = Prepare("SELECT (SELECT count(*) FROM nodes) + (SELECT count(*) FROM relationships)");
        return Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var command = Prepare(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
