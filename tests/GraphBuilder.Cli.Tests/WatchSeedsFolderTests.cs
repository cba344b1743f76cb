using System.Text.RegularExpressions;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// <c>graphbuilder watch</c> as a child process while its seeds folder is swapped under it and saved to
/// without pause. Every wait is on the store's content or a log line, with a generous timeout.
/// </summary>
public sealed partial class WatchSeedsFolderTests
{
    private const string Hosting = "facts/hosting.yaml";
    private const string About = "about: the MKO based in Iraq";

    [Fact]
    public async Task Watch_SyncsAfterEverySwapOfTheSeedsFolder_AndLogsEachTransition()
    {
        using var folder = TempSeeds.FromReports();
        var backup = Path.Combine(folder.Root, "backup");
        TempFolder.CopyTree(folder.Seeds, backup);
        using var process = Start(folder, "--debounce", "200ms");
        await Eventually.TrueAsync(() => process.Stderr.Contains("Synced (Initial)", StringComparison.Ordinal), "the initial sync is logged", Output);

        var version = 0;
        for (var round = 1; round <= 2; round++)
        {
            // rm -rf seeds && cp -a backup seeds
            var transitions = Transitions();
            Directory.Delete(folder.Seeds, recursive: true);
            CopyBackup(folder.Seeds);
            await SyncedAsync(transitions, "rm -rf and copy back");

            // Rename-over: the old folder is moved away and a new one takes its name.
            transitions = Transitions();
            var incoming = Path.Combine(folder.Root, "incoming");
            CopyBackup(incoming);
            var old = Path.Combine(folder.Root, "old-" + round);
            Directory.Move(folder.Seeds, old);
            Directory.Move(incoming, folder.Seeds);
            await SyncedAsync(transitions, "rename-over");
            Directory.Delete(old, recursive: true);

            // Deleted, noticed, and recreated a while later.
            var gone = FolderGoneLines();
            Directory.Delete(folder.Seeds, recursive: true);
            await Eventually.TrueAsync(() => FolderGoneLines() > gone, "the deletion is logged", Output);
            transitions = Transitions();
            CopyBackup(folder.Seeds);
            await SyncedAsync(transitions, "delete and recreate");
            Assert.Contains($"Seeds folder {folder.Seeds} is back", process.Stderr, StringComparison.Ordinal);

            // The folder now in place is watched, not only re-read once.
            folder.Edit(Hosting, $"about: version {version},", $"about: edited in place, round {round},");
            await StoreMatchesSeedsAsync("an edit after the swaps");
        }

        void CopyBackup(string target)
        {
            // Each copy differs, so a sync that did not happen cannot pass for one that did.
            TempFolder.CopyTree(backup, target);
            var path = Path.Combine(target, Hosting);
            File.WriteAllText(path, File.ReadAllText(path).Replace(About, $"about: version {++version}, based in Iraq", StringComparison.Ordinal));
        }

        async Task SyncedAsync(int transitionsBefore, string swap)
        {
            await StoreMatchesSeedsAsync(swap);
            await Eventually.TrueAsync(() => Transitions() > transitionsBefore, $"the worker logs the {swap}", Output);
        }

        async Task StoreMatchesSeedsAsync(string what)
        {
            var expected = GraphFingerprint.OfSeeds(folder.Seeds);
            await Eventually.TrueAsync(async () => File.Exists(folder.Database) && await GraphFingerprint.OfStoreAsync(folder.Database) == expected,
                $"the store has the seeds after the {what}", Output);
        }

        int Transitions() => FolderTransition().Matches(process.Stderr).Count;
        int FolderGoneLines() => Regex.Matches(process.Stderr, "Seeds folder .* is gone").Count;
        string Output() => $"stdout:\n{process.Stdout}\nstderr:\n{process.Stderr}";
    }

    [Fact]
    public async Task Watch_SyncsWithinTheMaximumWait_WhileSavesNeverStop()
    {
        using var folder = TempSeeds.FromReports();
        File.WriteAllText(Path.Combine(folder.Root, "appsettings.json"),
            """{ "GraphBuilder": { "Worker": { "Debounce": "00:00:01", "DebounceMaxWait": "00:00:02" } } }""");
        using var process = Start(folder);
        await Eventually.TrueAsync(() => process.Stderr.Contains("Synced (Initial)", StringComparison.Ordinal), "the initial sync is logged", Output);

        // A save every 100 ms, well inside the 1 s debounce, until a sync is logged (or 30 s have passed).
        var original = folder.Read(Hosting);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var saves = 0;
        while (!process.Stderr.Contains("Synced (Change)", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < until, $"no sync during {saves} saves made 100 ms apart\n{Output()}");
            folder.Write(Hosting, original.Replace(About, $"about: save {++saves}, based in Iraq", StringComparison.Ordinal));
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        string Output() => $"stdout:\n{process.Stdout}\nstderr:\n{process.Stderr}";
    }

    private static CliProcess Start(TempSeeds folder, params string[] extra) => CliProcess.Start(folder.Root,
        ["watch", "--seeds", folder.Seeds, "--schema", RepoPaths.Schema, "--db", folder.Database, "--no-web", .. extra]);

    [GeneratedRegex("Seeds folder .* (is gone|is back|was replaced)")]
    private static partial Regex FolderTransition();
}
