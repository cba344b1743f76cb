using GraphBuilder.Testing.Cli;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// Step 6 as a user meets it: the peak working set of the real <c>graphbuilder</c> process
/// (measured by GNU time), run fresh on the corpus; the harness's own process has run every other
/// step before and says little about one command.
/// </summary>
public static class CliPeakMemory
{
    /// <summary>Megabytes, or null when GNU time is not installed.</summary>
    public static async Task<double?> MeasureAsync(string corpus, string schema, string command)
    {
        if (!CliProcess.CanMeasureMemory) return null;
        var work = Path.Combine(Path.GetTempPath(), $"gb-bench-cli-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            string[] arguments = command == "sync"
                ? ["sync", "--seeds", corpus, "--schema", schema, "--db", Path.Combine(work, "graph.db")]
                : [command, "--seeds", corpus, "--schema", schema];
            var result = await CliProcess.RunAsync(work, arguments, measureMemory: true, timeout: TimeSpan.FromMinutes(30));
            if (result.ExitCode != 0)
                throw new InvalidOperationException($"graphbuilder {command} failed (exit {result.ExitCode}): {result.Stderr}");
            return result.PeakMemoryBytes / 1048576.0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
