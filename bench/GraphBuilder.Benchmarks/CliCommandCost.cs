using System.Diagnostics;
using GraphBuilder.Testing.Cli;

namespace GraphBuilder.Benchmarks;

/// <summary>What one CLI command costs: peak working set (GNU time; null without it) and wall time, start-up included.</summary>
public sealed record CliCommandCost(double? PeakMb, double Seconds)
{
    /// <summary>
    /// Step 6 as a user meets it: the real <c>graphbuilder</c> process, run fresh on the corpus with
    /// the CLI's own runtime settings; the harness's process has run every other step before and
    /// says little about one command.
    /// </summary>
    public static async Task<CliCommandCost> MeasureAsync(string corpus, string schema, string command)
    {
        var work = Path.Combine(Path.GetTempPath(), $"gb-bench-cli-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            string[] arguments = command == "sync"
                ? ["sync", "--seeds", corpus, "--schema", schema, "--db", Path.Combine(work, "graph.db")]
                : [command, "--seeds", corpus, "--schema", schema];
            var watch = Stopwatch.StartNew();
            var result = await CliProcess.RunAsync(work, arguments, measureMemory: CliProcess.CanMeasureMemory, timeout: TimeSpan.FromMinutes(30));
            var seconds = watch.Elapsed.TotalSeconds;
            if (result.ExitCode != 0)
                throw new InvalidOperationException($"graphbuilder {command} failed (exit {result.ExitCode}): {result.Stderr}");
            return new CliCommandCost(result.PeakMemoryBytes / 1048576.0, seconds);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
