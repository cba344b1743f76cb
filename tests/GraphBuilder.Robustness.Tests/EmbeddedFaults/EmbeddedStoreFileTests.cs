using System.Diagnostics;
using GraphBuilder.Robustness.Tests.BadInput;
using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Stores.Embedded;
using GraphBuilder.Testing;
using Microsoft.Data.Sqlite;

namespace GraphBuilder.Robustness.Tests.EmbeddedFaults;

/// <summary>A store file that is not ours, too new or read-only: every command says so clearly (exit 1) and never changes a byte.</summary>
public sealed class EmbeddedStoreFileTests(BaseStore baseStore) : IClassFixture<BaseStore>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Foreign => new()
    {
        { "random-bytes", "is not a GraphBuilder store (not a SQLite database); it was left untouched" },
        { "foreign-sqlite", "is not a GraphBuilder store (it is some other SQLite database); it was left untouched" },
        { "newer-version", "was written by a newer GraphBuilder (store version 99; this build reads up to 1); it was left untouched" },
    };

    [Theory]
    [MemberData(nameof(Foreign))]
    public async Task EveryCommand_RefusesAForeignOrNewerStore_AndLeavesItUntouched(string kind, string message)
    {
        using var folder = new TempFolder("gb-foreign");
        folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        var store = folder.File("graph.db");
        Make(kind, store, baseStore.Bytes);
        await StoreCommands.AssertEachRefusesAsync(folder.Path, store, message);
    }

    [Fact]
    public async Task Sync_ReadOnlyStore_ExitsOne_WithClearMessage_AndLeavesItUntouched()
    {
        using var folder = new TempFolder("gb-readonly");
        var seeds = folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        var store = folder.File("graph.db");
        await File.WriteAllBytesAsync(store, baseStore.Bytes, Token);
        BulkCorpus.Write(Path.Combine(seeds, "more.yaml"), 3);
        var before = FileHash.Of(store);
        // Root ignores file permissions; the immutable attribute binds root too.
        Assert.SkipUnless(Chattr("+i", store), "chattr +i is not available here; see SqliteStoreFile_TranslatesReadOnly");
        try
        {
            var result = await CliProcess.RunAsync(folder.Path, "sync", "--seeds", "seeds", "--db", "graph.db", "--schema", RepoPaths.Schema);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("graph.db is read-only; GraphBuilder cannot write to it", result.Stderr, StringComparison.Ordinal);
            result.AssertNoStackTrace();
        }
        finally
        {
            Chattr("-i", store);
        }
        Assert.Equal(before, FileHash.Of(store));
    }

    [Fact]
    public void SqliteStoreFile_TranslatesReadOnly_Locked_AndNotADatabase_ToClearMessages()
    {
        Assert.Equal("/x/graph.db is read-only; GraphBuilder cannot write to it",
            SqliteStoreFile.Translate(new SqliteException("attempt to write a readonly database", 8), "/x/graph.db").Message);
        var locked = SqliteStoreFile.Translate(new SqliteException("database is locked", 5), "/x/graph.db");
        Assert.True(locked.IsTransient);
        Assert.Contains("locked by another process", locked.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", SqliteStoreFile.Translate(new SqliteException("file is not a database", 26), "/x/graph.db").Message, StringComparison.Ordinal);
    }

    private static void Make(string kind, string path, byte[] baseStore)
    {
        switch (kind)
        {
            case "random-bytes":
                File.WriteAllBytes(path, [.. Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 7919 % 253))]);
                break;
            case "foreign-sqlite":
                Execute(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);");
                break;
            case "newer-version":
                File.WriteAllBytes(path, baseStore);
                Execute(path, "PRAGMA user_version = 99;");
                break;
        }
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static bool Chattr(string flag, string path)
    {
        try
        {
            using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true, RedirectStandardOutput = true });
            chattr!.WaitForExit();
            return chattr.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
