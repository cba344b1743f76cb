using System.Diagnostics;
using GraphBuilder.Robustness.Tests.BadInput;
using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing;
using GraphBuilder.Testing.Cli;

namespace GraphBuilder.Robustness.Tests.EmbeddedFaults;

/// <summary>
/// SIGKILL during the embedded store's write transaction, at several points: as soon as its rollback journal
/// appears, a little later, and once SQLite has spilled new pages into the store file (the file grew). Every
/// time, the next command sees the old graph or the new one, never a mix, and one more sync converges.
/// </summary>
public sealed class EmbeddedKillTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sync_KilledDuringWrite_LeavesOldOrNewGraph_AndNextSyncConverges()
    {
        using var folder = new TempFolder("gb-kill");
        var seeds = folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        var store = folder.File("graph.db");
        Assert.Equal(0, (await CliProcess.RunAsync(folder.Path, "sync", "--seeds", "seeds", "--db", "graph.db", "--schema", RepoPaths.Schema)).ExitCode);
        var oldBytes = await File.ReadAllBytesAsync(store, Token);
        var oldGraph = Graphs.Canonical(SeedsCheck.Compile(seeds));
        BulkCorpus.Write(Path.Combine(seeds, "bulk.yaml"), 4000);
        var newGraph = Graphs.Canonical(SeedsCheck.Compile(seeds));

        var landed = new List<string>();
        foreach (var point in new[] { KillPoint.JournalAppears, KillPoint.Later, KillPoint.StoreFileGrew, KillPoint.StoreFileGrew })
        {
            await File.WriteAllBytesAsync(store, oldBytes, Token);
            if (await KillDuringWriteAsync(folder.Path, store, oldBytes.Length, point)) landed.Add(point.ToString());

            var query = await CliProcess.RunAsync(folder.Path, "query", "who-accused-whom", "--db", "graph.db", "--schema", RepoPaths.Schema);
            Assert.True(query.ExitCode == 0, $"after a kill at {point}: {query}");
            var seen = Graphs.Canonical(await EmbeddedStores.ReadAsync(store));
            Assert.True(seen == oldGraph || seen == newGraph, $"after a kill at {point} the store is neither the old nor the new graph");
        }
        Assert.Contains(nameof(KillPoint.StoreFileGrew), landed);

        var final = await CliProcess.RunAsync(folder.Path, "sync", "--seeds", "seeds", "--db", "graph.db", "--schema", RepoPaths.Schema);
        Assert.True(final.ExitCode == 0, final.ToString());
        Assert.Equal(newGraph, Graphs.Canonical(await EmbeddedStores.ReadAsync(store)));
    }

    private enum KillPoint { JournalAppears, Later, StoreFileGrew }

    /// <summary>Starts a sync, waits for <paramref name="point"/> and kills it. True when it died inside the write transaction.</summary>
    private static async Task<bool> KillDuringWriteAsync(string folder, string store, long oldLength, KillPoint point)
    {
        using var child = CliProcess.Start(folder, ["sync", "--seeds", "seeds", "--db", "graph.db", "--schema", RepoPaths.Schema]);
        var waited = Stopwatch.StartNew();
        bool Reached() => File.Exists(store + "-journal") && (point != KillPoint.StoreFileGrew || new FileInfo(store).Length > oldLength);
        while (!Reached() && !child.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60))
            Thread.SpinWait(1000);
        if (point == KillPoint.Later) await Task.Delay(100, Token);
        var diedMidWrite = !child.HasExited && File.Exists(store + "-journal");
        await child.KillAsync();
        return diedMidWrite;
    }
}
