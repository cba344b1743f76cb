using GraphBuilder.Graph;
using GraphBuilder.Queries;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Stores.Embedded;

/// <summary>
/// The embedded store: one SQLite file, written in one transaction per sync with prepared
/// statements, so a killed process leaves either the old or the new graph.
/// </summary>
public sealed class SqliteGraphStore(IOptions<EmbeddedStoreOptions> options, TimeProvider? timeProvider = null) : IGraphStore
{
    private readonly TimeProvider _clock = timeProvider ?? TimeProvider.System;
    private readonly SqliteStoreFile _file = new(options.Value.Path);
    private readonly SnapshotCache _snapshots = new();

    // The generation the last snapshot was read at: an apply finding another one in its transaction was
    // computed against a state someone else has since changed. Null until a snapshot is read.
    private long? _readGeneration;

    public string Description => $"embedded store {Facts.DisplayPath.Of(_file.Path)}";

    /// <summary>Opens the file and checks it is a GraphBuilder store; reads no rows.</summary>
    public Task PingAsync(CancellationToken cancellationToken)
    {
        if (!_file.Exists) throw Missing();
        using var connection = _file.OpenForRead();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads ids, labels and hashes; when the store's generation and file are unchanged since this
    /// instance last read or wrote them, returns that snapshot without reading the tables again.
    /// </summary>
    public Task<StoreSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken)
    {
        if (!_file.Exists)
        {
            _snapshots.Set(SnapshotCache.Stamp.Absent, new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            _readGeneration = 0;
            return Task.FromResult(StoreSnapshot.Empty);
        }
        using var connection = _file.OpenForRead();
        return Task.FromResult(Run(() =>
        {
            // One read transaction, so the generation and the rows belong to the same commit.
            using var transaction = connection.BeginTransaction(deferred: true);
            var stamp = SnapshotCache.Stamp.Of(_file.Path, ReadGeneration(connection, transaction));
            _readGeneration = stamp.Generation;
            if (_snapshots.TryGet(stamp) is { } cached) return cached;
            // Each row is checked against its hash; a damaged one reads as changed, so this sync rewrites it.
            var nodes = ReadStates(connection, transaction, "SELECT id, label, hash, properties FROM nodes",
                r => StoredElementCheck.SnapshotHash(r.GetString(1), r.GetString(2), r.GetString(3)));
            var relationships = ReadStates(connection, transaction, "SELECT id, type, hash, properties, start_id, end_id, sources FROM relationships",
                r => StoredElementCheck.SnapshotHash(r.GetString(1), r.GetString(4), r.GetString(5), r.GetString(2), r.GetString(3), r.GetString(6)));
            _snapshots.Set(stamp, nodes, relationships);
            return new StoreSnapshot(nodes, relationships);
        }));
    }

    public Task ApplyAsync(GraphDiff diff, CancellationToken cancellationToken)
    {
        var existed = _file.Exists;
        var before = existed ? SnapshotCache.Stamp.Of(_file.Path, 0) : SnapshotCache.Stamp.Absent;
        try
        {
            long generation;
            using (var connection = _file.OpenForWrite())
            {
                generation = Run(() =>
                {
                    using var transaction = connection.BeginTransaction(deferred: false);
                    SqliteStoreFile.EnsureSchema(connection, transaction);
                    before = before with { Generation = ReadGeneration(connection, transaction) };
                    // Checked under the write lock, so no writer can land between this check and the commit.
                    if (_readGeneration is { } read && read != before.Generation)
                        throw new StoreChangedException($"{Description} was changed by another writer since it was read (generation {read}, now {before.Generation}); sync again");
                    new SqliteDiffWriter(connection, transaction).Write(diff, cancellationToken);
                    WriteSyncMarker(connection, transaction, diff.GraphHash);
                    var after = ReadGeneration(connection, transaction);
                    transaction.Commit();
                    return after;
                });
            }
            _readGeneration = generation;
            _snapshots.Advance(before, diff, SnapshotCache.Stamp.Of(_file.Path, generation));
        }
        catch
        {
            _snapshots.Invalidate();
            throw;
        }
        return Task.CompletedTask;
    }

    /// <summary>Meta rows 'graph_hash' and 'synced_at'; one transaction writes the whole diff, so a marker is always complete.</summary>
    public Task<SyncMarker?> ReadSyncMarkerAsync(CancellationToken cancellationToken)
    {
        if (!_file.Exists) return Task.FromResult<SyncMarker?>(null);
        using var connection = _file.OpenForRead();
        return Task.FromResult(Run(() =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, value FROM meta WHERE key IN ('graph_hash', 'synced_at')";
            using var reader = command.ExecuteReader();
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read()) values[reader.GetString(0)] = reader.GetString(1);
            return values.TryGetValue("graph_hash", out var hash) && values.TryGetValue("synced_at", out var at)
                ? new SyncMarker(hash, Complete: true, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture))
                : null;
        }));
    }

    public Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken)
    {
        if (!_file.Exists) throw Missing();
        using var connection = _file.OpenForRead();
        return Task.FromResult(Run(() =>
        {
            var reader = new SqliteGraphReader(connection, _file.Path);
            return new GraphData(reader.Nodes("SELECT id, label, hash, properties FROM nodes"), reader.Relationships("", []));
        }));
    }

    public Task<IReadOnlyList<RelationshipMatch>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken)
    {
        if (!_file.Exists) throw Missing();
        using var connection = _file.OpenForRead();
        return Task.FromResult(Run(() => new SqliteGraphReader(connection, _file.Path).Find(query)));
    }

    private StoreException Missing() => new(_file.Absence(Description));

    private T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            throw SqliteStoreFile.Translate(ex, _file.Path);
        }
    }

    private void WriteSyncMarker(SqliteConnection connection, SqliteTransaction transaction, string graphHash)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta (key, value) VALUES ('graph_hash', $hash), ('synced_at', $at) " +
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$hash", graphHash);
        command.Parameters.AddWithValue("$at", _clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    private static long ReadGeneration(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = 'generation'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, ElementState> ReadStates(
        SqliteConnection connection, SqliteTransaction transaction, string sql, Func<SqliteDataReader, string> checkedHash)
    {
        var states = new Dictionary<string, ElementState>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read()) states[reader.GetString(0)] = new ElementState(reader.GetString(1), checkedHash(reader));
        return states;
    }
}
