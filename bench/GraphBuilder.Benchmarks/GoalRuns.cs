namespace GraphBuilder.Benchmarks;

/// <summary>
/// <c>--goals</c>: each goal of issue 27 measured as a user meets it, whole processes started fresh and run in
/// rounds (floor, <c>graphbuilder validate</c>, <c>graphbuilder sync</c> into a new store, the naive peer), so
/// load that drifts during a session falls on each of them alike; ratios are taken within a round.
/// </summary>
public static class GoalRuns
{
    /// <summary>The child mode that is the floor: every YAML event pulled by YamlDotNet on one thread, and every document decoded.</summary>
    public static void Floor(string seedsFolder)
    {
        EventScanFloor.Scan(EventScanFloor.Files(seedsFolder));
        EventScanFloor.DecodeDocuments(seedsFolder);
    }

    public static async Task<GoalResult> MeasureAsync(BenchOptions options, int facts, int rounds)
    {
        var folder = CorpusShape.Folder(options, facts);
        var work = Path.Combine(Path.GetTempPath(), $"gb-bench-goals-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        var harness = typeof(GoalRuns).Assembly.Location;
        var cli = GraphBuilder.Testing.Cli.CliProcess.DllPath;
        var peer = GraphBuilder.Testing.RepoPaths.File("bench", "peer", "naive_sync.py");
        var withPeer = PeerAvailable();
        var result = new GoalResult
        {
            Facts = facts, YamlMegabytes = EventScanFloor.Files(folder).Sum(p => new FileInfo(p).Length) / 1048576.0,
            Floor = [], Validate = [], Sync = [], Peer = [], LoadBefore = MachineInfo.Current().LoadAverage, LoadAfter = "",
        };
        try
        {
            for (var round = 1; round <= rounds; round++)
            {
                Console.Error.WriteLine($"  {facts:N0} facts, round {round}/{rounds}");
                var db = Path.Combine(work, "graph.db");
                result.Floor.Add(await TimedProcess.RunAsync("dotnet", [harness, "--floor", folder]));
                result.Validate.Add(await TimedProcess.RunAsync("dotnet", [cli, "validate", "--seeds", folder, "--schema", options.SchemaFolder]));
                File.Delete(db);
                result.Sync.Add(await TimedProcess.RunAsync("dotnet", [cli, "sync", "--seeds", folder, "--schema", options.SchemaFolder, "--db", db]));
                if (withPeer)
                    result.Peer.Add(await TimedProcess.RunAsync("python3", [peer, "--seeds", folder, "--schema", options.SchemaFolder, "--db", Path.Combine(work, "peer.db")]));
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        return result with { LoadAfter = MachineInfo.Current().LoadAverage };
    }

    private static bool PeerAvailable()
    {
        try
        {
            using var probe = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("python3", ["-c", "import yaml"]) { RedirectStandardError = true })!;
            probe.WaitForExit();
            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
