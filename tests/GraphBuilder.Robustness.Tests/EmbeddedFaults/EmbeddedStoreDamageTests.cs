using GraphBuilder.Robustness.Tests.BadInput;
using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Robustness.Tests.EmbeddedFaults;

/// <summary>
/// A store changed behind GraphBuilder's back or damaged on disk: reads say so plainly instead of crashing or
/// serving it, and the next sync rewrites what no longer matches its hash from the seeds.
/// </summary>
public sealed class EmbeddedStoreDamageTests(BaseStore baseStore) : IClassFixture<BaseStore>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("nodes", "alpha", "Alpha", "Alpah")]
    [InlineData("relationships", "alpha-accuses-beta", "Alpha", "Alpah")]
    [InlineData("nodes", "alpha", "{", "[")]
    public async Task AFlippedByteInAStoredElement_IsReportedByReads_AndRepairedByTheNextSync(string table, string id, string from, string to)
    {
        using var folder = new TempFolder("gb-damaged");
        var seeds = folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        var store = folder.File("graph.db");
        await File.WriteAllBytesAsync(store, baseStore.Bytes, Token);
        var column = table == "nodes" ? "properties" : "sources";
        Tamper(store, $"UPDATE {table} SET {column} = replace({column}, '{from}', '{to}') WHERE id = '{id}' AND instr({column}, '{from}') > 0", table, column, id, from);
        var damaged = FileHash.Of(store);

        foreach (var arguments in new[] { new[] { "query", "claims", "--subject", "alpha", "--db", "graph.db", "--format", "json" }, ["export", "--from-store", "--db", "graph.db"] })
        {
            var read = await CliProcess.RunAsync(folder.Path, [.. arguments, "--schema", RepoPaths.Schema]);
            Assert.True(read.ExitCode == 1, $"{arguments[0]}: {read}");
            Assert.Contains($"'{id}' does not match its content hash", read.Stderr, StringComparison.Ordinal);
            Assert.Contains("Run 'graphbuilder sync' to rewrite it from the seeds", read.Stderr, StringComparison.Ordinal);
            read.AssertNoStackTrace();
            Assert.Equal(damaged, FileHash.Of(store));
        }

        var sync = await CliProcess.RunAsync(folder.Path, "sync", "--seeds", "seeds", "--db", "graph.db", "--schema", RepoPaths.Schema);
        Assert.True(sync.ExitCode == 0, sync.ToString());
        Assert.DoesNotContain("already up to date", sync.AllOutput, StringComparison.OrdinalIgnoreCase);
        Graphs.AssertSame(SeedsCheck.Compile(seeds), await EmbeddedStores.ReadAsync(store));
        var export = await CliProcess.RunAsync(folder.Path, "export", "--from-store", "--db", "graph.db", "--schema", RepoPaths.Schema);
        Assert.True(export.ExitCode == 0, export.ToString());
    }

    [Fact]
    public async Task AMalformedStoreFile_SaysItIsDamaged_AndThatASyncIntoAFreshFileRebuildsIt()
    {
        using var folder = new TempFolder("gb-malformed");
        folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        var store = folder.File("graph.db");
        var bytes = (byte[])baseStore.Bytes.Clone();
        // Garbage over the second page (the first table's b-tree): the header still says SQLite, the tree is broken.
        var pageSize = (bytes[16] << 8) | bytes[17];
        Array.Fill(bytes, (byte)0xA5, pageSize, Math.Min(pageSize, bytes.Length - pageSize));
        await File.WriteAllBytesAsync(store, bytes, Token);

        await StoreCommands.AssertEachRefusesAsync(folder.Path, store,
            "graph.db is damaged", "'graphbuilder sync --db NEW-FILE' (or deleting it and syncing) rebuilds it");
    }

    [Fact]
    public async Task ExportFromAStoreThatDoesNotExist_ExitsOne_InsteadOfExportingAnEmptyGraph()
    {
        using var folder = new TempFolder("gb-missing-store");

        var result = await CliProcess.RunAsync(folder.Path, "export", "--from-store", "--db", "missing.db", "--schema", RepoPaths.Schema);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("missing.db does not exist yet; run 'graphbuilder sync' first", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
        Assert.False(File.Exists(folder.File("missing.db")));
    }

    private static void Tamper(string store, string update, string table, string column, string id, string from)
    {
        using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = update;
        Assert.True(command.ExecuteNonQuery() == 1, $"no {table}.{column} of '{id}' contains '{from}'");
    }
}
