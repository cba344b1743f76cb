using GraphBuilder.Graph;
using GraphBuilder.Queries;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Stores.Embedded;

/// <summary>
/// The embedded store: one SQLite file, written in one transaction per sync with prepared
/// statements, so a killed process leaves either the old or the new graph.
/// </summary>
public sealed class SqliteGraphStore(IOptions<EmbeddedStoreOptions> options) : IGraphStore
{
    private readonly SqliteStoreFile _file = new(options.Value.Path);

    public string Description => $"embedded store {Facts.DisplayPath.Of(_file.Path)}";

    public Task<StoreSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken)
    {
        if (!_file.Exists) return Task.FromResult(StoreSnapshot.Empty);
        using var connection = _file.OpenForRead();
        return Task.FromResult(Run(() => new StoreSnapshot(
            ReadStates(connection, "SELECT id, label, hash FROM nodes"),
            ReadStates(connection, "SELECT id, type, hash FROM relationships"))));
    }

    public Task ApplyAsync(GraphDiff diff, CancellationToken cancellationToken)
    {
        if (diff.IsEmpty && _file.Exists) return Task.CompletedTask;
        using var connection = _file.OpenForWrite();
        Run(() =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            new SqliteDiffWriter(connection, transaction).Write(diff, cancellationToken);
            transaction.Commit();
            return 0;
        });
        return Task.CompletedTask;
    }

    public Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken)
    {
        if (!_file.Exists) return Task.FromResult(GraphData.Empty);
        using var connection = _file.OpenForRead();
        return Task.FromResult(Run(() =>
        {
            var reader = new SqliteGraphReader(connection);
            return new GraphData(reader.Nodes("SELECT id, label, hash, properties FROM nodes"), reader.Relationships("", []));
        }));
    }

    public Task<IReadOnlyList<RelationshipMatch>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken)
    {
        if (!_file.Exists)
            throw new StoreException($"{Description} does not exist yet; run 'graphbuilder sync' first");
        using var connection = _file.OpenForRead();
        return Task.FromResult(Run(() => new SqliteGraphReader(connection).Find(query)));
    }

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

    private static Dictionary<string, ElementState> ReadStates(SqliteConnection connection, string sql)
    {
        var states = new Dictionary<string, ElementState>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read()) states[reader.GetString(0)] = new ElementState(reader.GetString(1), reader.GetString(2));
        return states;
    }
}
