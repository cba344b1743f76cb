using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Testing;

namespace GraphBuilder.Stores.Embedded.Tests;

/// <summary>A file that is not a GraphBuilder store of a known version is refused, and left exactly as it was.</summary>
public sealed class SqliteStoreFileTests : IDisposable
{
    private readonly StoreFile _file = new();
    private static readonly GraphData Graph = Some.Graph([Some.Node("albania")]);

    public void Dispose() => _file.Dispose();

    public static TheoryData<string> Operations() => ["snapshot", "apply", "read", "find"];

    private async Task<StoreException> Refused(string operation)
    {
        var ct = TestContext.Current.CancellationToken;
        Func<Task> act = operation switch
        {
            "snapshot" => () => _file.Store.ReadSnapshotAsync(ct),
            "apply" => () => _file.Store.ApplyAsync(GraphDiff.Between(StoreSnapshot.Empty, Graph), ct),
            "read" => () => _file.Store.ReadGraphAsync(ct),
            _ => () => _file.Store.FindRelationshipsAsync(new RelationshipQuery([]), ct),
        };
        return await Assert.ThrowsAsync<StoreException>(act);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task NonSqliteFile_IsRefused_AndLeftUntouched(string operation)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("not a database, just my notes\n", 100)));
        await File.WriteAllBytesAsync(_file.Path, bytes, TestContext.Current.CancellationToken);

        var error = await Refused(operation);

        Assert.Equal($"{_file.Path} is not a GraphBuilder store (not a SQLite database); it was left untouched. Choose another path with --db", error.Message);
        Assert.False(error.IsTransient);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_file.Path, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task TinyNonSqliteFile_IsRefused_AndLeftUntouched(string operation)
    {
        byte[] bytes = [.. "hello\n"u8];
        await File.WriteAllBytesAsync(_file.Path, bytes, TestContext.Current.CancellationToken);

        var error = await Refused(operation);

        Assert.Contains("is not a GraphBuilder store", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_file.Path, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task ForeignSqliteDatabase_IsRefused_AndLeftUntouched(string operation)
    {
        StoreFile.Execute(_file.Path, "CREATE TABLE nodes (id TEXT PRIMARY KEY, payroll INTEGER)", "INSERT INTO nodes VALUES ('alice', 100)");
        var bytes = await File.ReadAllBytesAsync(_file.Path, TestContext.Current.CancellationToken);

        var error = await Refused(operation);

        Assert.Equal($"{_file.Path} is not a GraphBuilder store (it is some other SQLite database); it was left untouched. Choose another path with --db", error.Message);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_file.Path, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task StoreFromANewerVersion_IsRefused_AndLeftUntouched(string operation)
    {
        await _file.SyncAsync(Graph);
        StoreFile.Execute(_file.Path, $"PRAGMA user_version = {SqliteStoreFile.SchemaVersion + 1}");
        var bytes = await File.ReadAllBytesAsync(_file.Path, TestContext.Current.CancellationToken);

        var error = await Refused(operation);

        Assert.Equal($"{_file.Path} was written by a newer GraphBuilder (store version 2; this build reads up to 1); it was left untouched", error.Message);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_file.Path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task NewStore_UsesLargePages_AndAStoreWithSqlitesDefaultPages_KeepsWorking()
    {
        await _file.SyncAsync(Graph);
        Assert.Equal((long)SqliteStoreFile.NewFilePageSize, _file.Query("PRAGMA page_size").Single()[0]);

        // As written by builds before the page size was set.
        StoreFile.Execute(_file.Path, "PRAGMA page_size = 4096", "VACUUM");
        var next = Some.Graph([Some.Node("albania"), Some.Node("kosovo")], [Some.Relationship("r1", "SUPPORTS", "albania", "kosovo")]);
        await _file.SyncAsync(next);

        Assert.Equal(4096L, _file.Query("PRAGMA page_size").Single()[0]);
        Assert.Equal(Export.JsonGraphWriter.ToJson(next), Export.JsonGraphWriter.ToJson(await _file.Store.ReadGraphAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Find_OnAMissingStore_SaysToSyncFirst()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() =>
            _file.Store.FindRelationshipsAsync(new RelationshipQuery([]), TestContext.Current.CancellationToken));

        Assert.EndsWith("does not exist yet; run 'graphbuilder sync' first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_IntoAMissingFolder_FailsWithAClearMessage()
    {
        var path = Path.Combine(Path.GetDirectoryName(_file.Path)!, "no-such-folder", "graph.db");
        var store = new SqliteGraphStore(Microsoft.Extensions.Options.Options.Create(new EmbeddedStoreOptions { Path = path }));

        var error = await Assert.ThrowsAsync<StoreException>(() =>
            store.ApplyAsync(GraphDiff.Between(StoreSnapshot.Empty, Graph), TestContext.Current.CancellationToken));

        Assert.Equal($"cannot create the store {path}: folder {Path.GetDirectoryName(path)} does not exist", error.Message);
    }
}
