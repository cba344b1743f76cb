using GraphBuilder.Graph;
using GraphBuilder.Sync;
using GraphBuilder.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Stores.Embedded.Tests;

/// <summary>A store file in a temp folder, with raw SQLite access to check what was written.</summary>
public sealed class StoreFile : IDisposable
{
    private readonly TempSeeds _folder;

    public StoreFile(TempSeeds? folder = null)
    {
        _folder = folder ?? TempSeeds.Empty();
        Path = System.IO.Path.Combine(_folder.Root, "graph.db");
        Store = new SqliteGraphStore(Options.Create(new EmbeddedStoreOptions { Path = Path }));
    }

    public string Path { get; }
    public SqliteGraphStore Store { get; }

    public GraphSyncService SyncService() => new(new CorpusPipeline(Some.Vocabulary), Store, TimeProvider.System);

    /// <summary>Makes the store equal <paramref name="graph"/> the way a sync does: snapshot, diff, apply.</summary>
    public async Task<GraphDiff> SyncAsync(GraphData graph)
    {
        var ct = TestContext.Current.CancellationToken;
        var diff = GraphDiff.Between(await Store.ReadSnapshotAsync(ct), graph);
        await Store.ApplyAsync(diff, ct);
        return diff;
    }

    public long Generation => Convert.ToInt64(Query("SELECT value FROM meta WHERE key = 'generation'").Single()[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every row of the data tables (not meta), in a stable order, as text.</summary>
    public IReadOnlyList<string> Dump() =>
    [
        .. Query("SELECT * FROM nodes ORDER BY id").Select(Row),
        .. Query("SELECT * FROM relationships ORDER BY id").Select(Row),
        .. Query("SELECT node_id, name FROM node_names ORDER BY node_id, name").Select(Row),
    ];

    public List<object?[]> Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }
        return rows;
    }

    public static void Execute(string path, params string[] statements)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    public void Dispose() => _folder.Dispose();

    private static string Row(object?[] values) => string.Join(" | ", values.Select(v => v?.ToString()));
}
