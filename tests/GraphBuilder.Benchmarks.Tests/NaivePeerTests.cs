using System.Diagnostics;
using GraphBuilder.Testing;

namespace GraphBuilder.Benchmarks.Tests;

/// <summary>bench/peer/naive_sync.py, the speed reference of the goals run: it must sync a valid corpus and refuse a forged quote.</summary>
public sealed class NaivePeerTests
{
    [Fact]
    public async Task NaivePeer_SyncsTheReports_AndRefusesAForgedQuote()
    {
        if (!await PythonHasYamlAsync()) Assert.Skip("python3 with PyYAML (Debian python3-yaml) is not installed; test.sh installs it");
        using var seeds = TempSeeds.FromReports();

        var valid = await RunPeerAsync(seeds);
        seeds.Edit("facts/accusations.yaml", "The Albanian government has accused Iran", "The Albanian government has proved Iran");
        var forged = await RunPeerAsync(seeds);

        Assert.True(valid.ExitCode == 0, valid.Output);
        Assert.Contains("Synced", valid.Output);
        Assert.Equal(2, forged.ExitCode);
        Assert.Contains("quote not found", forged.Output);
    }

    private static async Task<bool> PythonHasYamlAsync()
    {
        try
        {
            return (await RunAsync("python3", ["-c", "import yaml"])).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static Task<(int ExitCode, string Output)> RunPeerAsync(TempSeeds seeds) =>
        RunAsync("python3", [RepoPaths.File("bench", "peer", "naive_sync.py"), "--seeds", seeds.Seeds, "--schema", RepoPaths.Schema, "--db", seeds.Database]);

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await errors);
    }
}
