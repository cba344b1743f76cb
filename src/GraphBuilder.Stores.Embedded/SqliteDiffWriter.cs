using GraphBuilder.Graph;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Stores.Embedded;

/// <summary>Writes one <see cref="GraphDiff"/> inside the caller's transaction with prepared statements.</summary>
internal sealed class SqliteDiffWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    public void Write(GraphDiff diff, CancellationToken cancellationToken)
    {
        using (var delete = Prepare("DELETE FROM relationships WHERE id = $id", "$id"))
            foreach (var removed in diff.RemovedRelationships) Run(delete, cancellationToken, removed.Id);

        using (var deleteNames = Prepare("DELETE FROM node_names WHERE node_id = $id", "$id"))
        using (var delete = Prepare("DELETE FROM nodes WHERE id = $id", "$id"))
        {
            foreach (var removed in diff.RemovedNodes)
            {
                Run(deleteNames, cancellationToken, removed.Id);
                Run(delete, cancellationToken, removed.Id);
            }
            foreach (var changed in diff.ChangedNodes) Run(deleteNames, cancellationToken, changed.Id);
        }

        // Deletes above use the indexes; a write at least as large as what the store holds (a first
        // sync) rebuilds them afterwards instead. DDL is transactional: a kill leaves the old store.
        var rebuildIndexes = UpsertCount(diff) >= Math.Max(MinRowsForIndexRebuild, StoredRows());
        if (rebuildIndexes)
            foreach (var (name, _) in SqliteStoreFile.SecondaryIndexes) Execute($"DROP INDEX {name}");

        using (var upsert = Prepare(
            "INSERT INTO nodes (id, label, hash, properties) VALUES ($id, $label, $hash, $properties) " +
            "ON CONFLICT(id) DO UPDATE SET label = excluded.label, hash = excluded.hash, properties = excluded.properties",
            "$id", "$label", "$hash", "$properties"))
        using (var name = Prepare("INSERT INTO node_names (node_id, name) VALUES ($id, $name)", "$id", "$name"))
        {
            foreach (var node in diff.UpsertNodes)
            {
                Run(upsert, cancellationToken, node.Id, node.Label, node.Hash, StoredPropertyCodec.Encode(node.Properties));
                foreach (var text in node.Aliases.Prepend(node.Name).Prepend(node.Id).Select(SqliteGraphReader.NameKey).Distinct(StringComparer.Ordinal))
                    Run(name, cancellationToken, node.Id, text);
            }
        }

        using (var upsert = Prepare(
            "INSERT INTO relationships (id, type, start_id, end_id, hash, properties, sources) " +
            "VALUES ($id, $type, $start, $end, $hash, $properties, $sources) " +
            "ON CONFLICT(id) DO UPDATE SET type = excluded.type, start_id = excluded.start_id, end_id = excluded.end_id, " +
            "hash = excluded.hash, properties = excluded.properties, sources = excluded.sources",
            "$id", "$type", "$start", "$end", "$hash", "$properties", "$sources"))
        {
            foreach (var rel in diff.UpsertRelationships)
                Run(upsert, cancellationToken, rel.Id, rel.Type, rel.StartId, rel.EndId, rel.Hash,
                    StoredPropertyCodec.Encode(rel.Properties), StoredPropertyCodec.EncodeCitations(rel.Sources));
        }

        if (rebuildIndexes)
            foreach (var (_, create) in SqliteStoreFile.SecondaryIndexes) Execute(create);

        Execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
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

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, CancellationToken cancellationToken, params ReadOnlySpan<string> values)
    {
        cancellationToken.ThrowIfCancellationRequested();
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
        PipelineMetrics.StoreRowsWritten.Add(1);
    }
}
