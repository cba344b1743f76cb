using System.Text.Json;
using GraphBuilder.Testing;
using GraphBuilder.Testing.Cli;

namespace GraphBuilder.Benchmarks.Tests;

/// <summary>
/// The harness end to end on a corpus small enough for CI: it must keep working between the runs
/// that produce bench/README.md. Nothing here checks a time; only that every step ran and was written.
/// </summary>
public sealed class BenchmarkHarnessTests
{
    [Fact]
    public async Task Harness_MeasuresEveryStep_AndWritesTheTableAndJson()
    {
        using var work = new TempFolder("gb-bench-test");
        var results = work.File("results");

        var run = await RunHarnessAsync("--sizes", "2k", "--runs", "1", "--work", work.File("corpus"), "--results", results);

        Assert.True(run.ExitCode == 0, run.Output);
        var markdown = await File.ReadAllTextAsync(Path.Combine(results, "latest.md"), TestContext.Current.CancellationToken);
        Assert.Contains("| 2,000 | 2 |", markdown);
        Assert.Contains("cores", markdown);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(results, "latest.json"), TestContext.Current.CancellationToken));
        var size = Assert.Single(json.RootElement.GetProperty("Results").EnumerateArray());
        Assert.Equal(2000, size.GetProperty("Facts").GetInt32());
        foreach (var step in new[] { "ScanMs", "ValidateMs", "FullSyncMs", "IncrementalSyncMs", "CliValidateSeconds", "CliSyncSeconds" })
            Assert.True(size.GetProperty(step).GetDouble() > 0, $"{step} was not measured");
        Assert.True(size.GetProperty("Neo4jRequests").GetInt32() > 0);
        // An unchanged re-sync reads the ids and hashes (one page each at this size, the marker with the first) and writes nothing.
        Assert.Equal(2, size.GetProperty("Neo4jResyncRequests").GetInt32());
        Assert.InRange(size.GetProperty("Neo4jLargestTransactionRows").GetInt32(), 1, size.GetProperty("Neo4jTransactionRowLimit").GetInt32());
        if (CliProcess.CanMeasureMemory)
        {
            Assert.True(size.GetProperty("CliSyncPeakMb").GetDouble() > 0);
            Assert.True(size.GetProperty("Neo4jCliSyncPeakMb").GetDouble() > 0);
        }
    }

    [Fact]
    public async Task Harness_Goals_RunsEachProcessInEveryRound_AndWritesTheGoalsTable()
    {
        using var work = new TempFolder("gb-bench-test");
        var results = work.File("results");

        var run = await RunHarnessAsync("--goals", "--sizes", "2k", "--runs", "2", "--work", work.File("corpus"), "--results", results);

        Assert.True(run.ExitCode == 0, run.Output);
        var markdown = await File.ReadAllTextAsync(Path.Combine(results, "goals.md"), TestContext.Current.CancellationToken);
        Assert.Contains("| 2,000 |", markdown);
        Assert.Contains("- 2,000 facts: sync ≤ 1.2× floor:", markdown);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(results, "goals.json"), TestContext.Current.CancellationToken));
        var size = Assert.Single(json.RootElement.EnumerateArray());
        foreach (var process in new[] { "Floor", "Validate", "Sync" })
        {
            var rounds = size.GetProperty(process).EnumerateArray().ToArray();
            Assert.Equal(2, rounds.Length);
            Assert.All(rounds, r => Assert.True(r.GetProperty("Seconds").GetDouble() > 0, $"{process} was not timed"));
        }
        // The naive peer runs where python3 has PyYAML, and then in every round.
        Assert.Contains(size.GetProperty("Peer").GetArrayLength(), new[] { 0, 2 });
    }

    [Fact]
    public async Task Harness_RefusesAnUnknownOption_WithItsUsage()
    {
        var run = await RunHarnessAsync("--size", "10k");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: unknown option '--size'", run.Output);
        Assert.Contains("usage: GraphBuilder.Benchmarks", run.Output);
    }

    private static async Task<(int ExitCode, string Output)> RunHarnessAsync(params string[] arguments)
    {
        var run = await CliProcess.RunAsync(RepoPaths.Root, arguments, timeout: TimeSpan.FromMinutes(5),
            cancellationToken: TestContext.Current.CancellationToken, dll: HarnessDll);
        return (run.ExitCode, run.AllOutput);
    }

    private static string HarnessDll =>
        CliProcess.BuiltProgram(Path.Combine("bench", "GraphBuilder.Benchmarks"), "GraphBuilder.Benchmarks.dll");
}
