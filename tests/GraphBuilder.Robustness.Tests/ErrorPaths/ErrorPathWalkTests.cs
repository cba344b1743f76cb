using System.Net;
using System.Net.Sockets;
using GraphBuilder.Robustness.Tests.BadInput;
using GraphBuilder.Robustness.Tests.Support;

namespace GraphBuilder.Robustness.Tests.ErrorPaths;

/// <summary>
/// Walks every command's error paths through the real CLI (store paths of every wrong kind, unreadable and special
/// files, outputs that cannot be written, a refused bind) and checks each ends in a one-line error and an exit code
/// from the README's table (1: environment or store, 2: input or usage), never a stack frame.
/// </summary>
public sealed class ErrorPathWalkTests
{
    /// <summary>Each case: what to make in the working folder (it holds seeds/, a valid corpus), the arguments, the exit code.</summary>
    private static readonly Dictionary<string, (Action<string> Make, string[] Arguments, int ExitCode)> Cases = new()
    {
        ["validate: seeds folder missing"] = (_ => { }, ["validate", "--seeds", "nowhere"], 2),
        ["validate: seeds is a file"] = (f => File.WriteAllText(Path.Combine(f, "file"), "x"), ["validate", "--seeds", "file"], 2),
        ["validate: schema folder missing"] = (_ => { }, ["validate", "--seeds", "seeds", "--schema", "nowhere"], 1),
        ["validate: a seed file is a dangling link"] = (f => File.CreateSymbolicLink(Path.Combine(f, "seeds", "gone.yaml"), Path.Combine(f, "nowhere.yaml")), ["validate", "--seeds", "seeds"], 2),
        ["validate: a seed file is a FIFO"] = (f => SpecialFiles.MakeFifo(Path.Combine(f, "seeds", "pipe.yaml")), ["validate", "--seeds", "seeds"], 2),
        ["sync: --db is a folder"] = (f => Directory.CreateDirectory(Path.Combine(f, "graph.db")), ["sync", "--seeds", "seeds", "--db", "graph.db"], 1),
        ["sync: --db is a device"] = (f => SpecialFiles.MakeDevice(Path.Combine(f, "graph.db"), "1", "3"), ["sync", "--seeds", "seeds", "--db", "graph.db"], 1),
        ["sync: --db is a FIFO"] = (f => SpecialFiles.MakeFifo(Path.Combine(f, "graph.db")), ["sync", "--seeds", "seeds", "--db", "graph.db"], 1),
        ["sync: --db in a missing folder"] = (_ => { }, ["sync", "--seeds", "seeds", "--db", "nowhere/graph.db"], 1),
        ["sync: --db is not a database"] = (f => File.WriteAllText(Path.Combine(f, "graph.db"), new string('x', 4096)), ["sync", "--seeds", "seeds", "--db", "graph.db"], 1),
        ["sync: unknown store"] = (_ => { }, ["sync", "--seeds", "seeds", "--store", "mongo"], 2),
        ["query: --db missing"] = (_ => { }, ["query", "who-accused-whom", "--db", "graph.db"], 1),
        ["query: --db is a folder"] = (f => Directory.CreateDirectory(Path.Combine(f, "graph.db")), ["query", "who-accused-whom", "--db", "graph.db"], 1),
        ["query: --db is an empty file"] = (f => File.WriteAllBytes(Path.Combine(f, "graph.db"), []), ["query", "who-accused-whom", "--db", "graph.db"], 1),
        ["query: unknown query"] = (_ => { }, ["query", "no-such-query", "--db", "graph.db"], 2),
        ["export: -o is a folder"] = (f => Directory.CreateDirectory(Path.Combine(f, "out.json")), ["export", "--seeds", "seeds", "-o", "out.json"], 2),
        ["export: -o is a link"] = (f => File.CreateSymbolicLink(Path.Combine(f, "out.json"), Path.Combine(f, "elsewhere.json")), ["export", "--seeds", "seeds", "-o", "out.json"], 2),
        ["export: -o in a missing folder"] = (_ => { }, ["export", "--seeds", "seeds", "-o", "nowhere/out.json"], 2),
        ["export: -o is a full device"] = (f => SpecialFiles.MakeDevice(Path.Combine(f, "full"), "1", "7"), ["export", "--seeds", "seeds", "-o", "full"], 1),
        ["export: --from-store of a FIFO"] = (f => SpecialFiles.MakeFifo(Path.Combine(f, "graph.db")), ["export", "--from-store", "--db", "graph.db"], 1),
        ["add: report missing"] = (_ => { }, AddSource("nowhere.txt"), 2),
        ["add: report is a FIFO"] = (f => SpecialFiles.MakeFifo(Path.Combine(f, "pipe.txt")), AddSource("pipe.txt"), 2),
        ["add: report is a device"] = (f => SpecialFiles.MakeDevice(Path.Combine(f, "zero"), "1", "5"), AddSource("zero"), 2),
        ["add: report is a folder"] = (f => Directory.CreateDirectory(Path.Combine(f, "report")), AddSource("report"), 2),
        ["add: report is binary"] = (f => File.WriteAllBytes(Path.Combine(f, "report.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0xFF]), AddSource("report.txt"), 2),
        ["entities: seeds folder missing"] = (_ => { }, ["entities", "--seeds", "nowhere"], 2),
        ["find: unknown source"] = (_ => { }, ["find", "outage", "--seeds", "seeds", "--source", "nope"], 2),
        ["generate: output folder not empty"] = (_ => { }, ["generate", "--facts", "10", "-o", "seeds"], 2),
        ["unknown command"] = (_ => { }, ["frobnicate"], 2),
        ["watch: an https URL without a certificate"] = (_ => { }, ["watch", "--seeds", "seeds", "--db", "graph.db", "--web-urls", "https://127.0.0.1:0"], 1),
        ["watch: AllowedHosts of separators only"] = (_ => { }, ["watch", "--seeds", "seeds", "--db", "graph.db", "--web-urls", "http://127.0.0.1:0", "--", "GraphBuilder:Web:AllowedHosts=;"], 1),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    private static string[] AddSource(string report) =>
        ["add", "source", report, "--id", "wire-2024-02-01", "--title", "T", "--publisher", "P", "--published", "2024-02-01", "--seeds", "seeds"];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task EveryErrorPath_EndsInOneLine_AndAnExitCodeFromTheTable_WithoutAStackFrame(string name)
    {
        var (make, arguments, exitCode) = Cases[name];
        using var folder = new TempFolder("gb-error-path");
        folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        make(folder.Path);
        var environment = new Dictionary<string, string>();
        if (arguments.Contains("--"))
        {
            // A setting given through the environment, as a deployment would.
            var setting = arguments[^1].Split('=', 2);
            environment["GraphBuilder__" + setting[0]["GraphBuilder:".Length..].Replace(":", "__", StringComparison.Ordinal)] = setting[1];
            arguments = arguments[..Array.IndexOf(arguments, "--")];
        }

        string[] full = arguments.Contains("--schema") ? arguments : [.. arguments, "--schema", RepoPaths.Schema];

        var result = await CliProcess.RunAsync(folder.Path, environment, full);

        Assert.True(result.ExitCode == exitCode, $"{name}: {result}");
        Assert.NotEmpty(result.StderrLines);
        result.AssertNoStackTrace();
    }

    [Fact]
    public async Task Watch_OnAPortInUse_EndsInOneLine_AndExitsOne_WithoutAStackFrame()
    {
        using var folder = new TempFolder("gb-error-path");
        folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await CliProcess.RunAsync(folder.Path, "watch", "--seeds", "seeds", "--db", "graph.db", "--web-urls", $"http://127.0.0.1:{port}", "--schema", RepoPaths.Schema);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("address already in use", result.Stderr, StringComparison.Ordinal);
        result.AssertNoStackTrace();
    }
}
