using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

public sealed class SyncCommandTests : IDisposable
{
    private readonly TempSeeds _work = TempSeeds.FromReports();

    public void Dispose() => _work.Dispose();

    private string Db => Path.Combine(_work.Root, "graph.db");

    [Fact]
    public async Task Sync_PrintsCounts_AndCreatesTheStore_ThenReportsNoChanges()
    {
        var first = await CliProcess.RunAsync(_work.Root, "sync");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(File.Exists(Db));
        var lines = first.Stdout.Split('\n');
        Assert.Equal("Validated 9 seed files: 25 nodes, 54 relationships.", lines[0]);
        Assert.Matches(@"^Synced to embedded store graph\.db: nodes \+25 ~0 -0, relationships \+54 ~0 -0 in \d+\.\d\d s\.$", lines[1]);
        var bytes = await File.ReadAllBytesAsync(Db, TestContext.Current.CancellationToken);

        var second = await CliProcess.RunAsync(_work.Root, "sync");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Matches(@"^embedded store graph\.db is already up to date: nodes \+0 ~0 -0, relationships \+0 ~0 -0 in ", second.Stdout.Split('\n')[1]);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Db, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sync_ReportsChanges_AfterAnEdit()
    {
        await CliProcess.RunAsync(_work.Root, "sync");
        _work.Delete("facts/hosting.yaml");

        var result = await CliProcess.RunAsync(_work.Root, "sync");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("nodes +0 ~0 -0, relationships +0 ~0 -3", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncDryRun_ListsTheDifference_AndWritesNothing()
    {
        var result = await CliProcess.RunAsync(_work.Root, "sync", "--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("+ node albania (State)\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("+ relationship albania-hosts-mko-agreed-2013 (albania -[HOSTS]-> mko)\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("(nothing written).", result.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Sync_WithInvalidSeeds_ExitsTwo_AndLeavesTheStoreByteForByteUnchanged()
    {
        await CliProcess.RunAsync(_work.Root, "sync");
        var bytes = await File.ReadAllBytesAsync(Db, TestContext.Current.CancellationToken);
        var stamp = File.GetLastWriteTimeUtc(Db);
        _work.Write("facts/hosting.yaml", _work.Read("facts/hosting.yaml").Replace("object: mko", "object: mk0", StringComparison.Ordinal));

        var result = await CliProcess.RunAsync(_work.Root, "sync");

        Assert.True(result.ExitCode == 2, result.ToString());
        // The frozen reports' unreviewed evidence flags are printed first, as warnings.
        Assert.Equal("seeds/facts/hosting.yaml:9:13: unknown entity 'mk0' (did you mean 'mko'?)", result.StderrLines.First(l => !l.Contains(": warning: ", StringComparison.Ordinal)));
        Assert.Equal("3 errors; nothing was written.", result.StderrLines[^1]);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Db, TestContext.Current.CancellationToken));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Db));
    }

    [Fact]
    public async Task Sync_IntoAForeignFile_ExitsOne_WithAMessage_AndLeavesItUntouched()
    {
        await File.WriteAllTextAsync(Db, "my notes, not a database\n", TestContext.Current.CancellationToken);

        var result = await CliProcess.RunAsync(_work.Root, "sync");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("is not a GraphBuilder store (not a SQLite database); it was left untouched", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("my notes, not a database\n", await File.ReadAllTextAsync(Db, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sync_Strict_WritesNothing_WhenAQuoteDoesNotNameAParty()
    {
        using var work = TempSeeds.FromFixture("validation/base");
        work.Write("facts/f.yaml",
            "facts: [{id: f1, type: ACCUSES, subject: nato, object: iran, sources: [{source: report, quote: Albania accused Iran of the cyberattack}]}]\n");

        var strict = await CliProcess.RunAsync(work.Root, "sync", "--strict");

        Assert.True(strict.ExitCode == 2, strict.ToString());
        Assert.StartsWith("seeds/facts/f.yaml:1:96: quote does not name the subject 'nato'", strict.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work.Root, "graph.db")));

        var lenient = await CliProcess.RunAsync(work.Root, "sync");

        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.StartsWith("seeds/facts/f.yaml:1:96: warning: quote does not name the subject 'nato'", lenient.Stderr, StringComparison.Ordinal);
    }
}
