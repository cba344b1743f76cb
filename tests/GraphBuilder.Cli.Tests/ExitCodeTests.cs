using System.Net;
using System.Net.Sockets;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>One exit-code table for every command: 0 success, 1 configuration or store failure, 2 invalid input or usage.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly TempSeeds _work = TempSeeds.FromFixture("validation/base");

    public void Dispose() => _work.Dispose();

    public static TheoryData<string[]> UsageErrors => new()
    {
        { ["valdate"] },
        { ["validate", "--sedes", "seeds"] },
        { ["query"] },
        { ["query", "hosting", "--format", "HTML"] },
        { ["query", "accusations-against"] },
        { ["export", "--format", "HTML"] },
        { ["export", "--format", "json", "-o", "graph.html"] },
        { ["export", "-o", "/no/such/dir/g.html"] },
        { ["validate", "--seeds", "missing"] },
        { ["sync", "--seeds", "missing"] },
        { ["export", "--seeds", "missing"] },
        { ["watch", "--seeds", "missing", "--no-web"] },
        { ["watch", "--web-urls", "localhost:5099"] },
        { ["validate", "--seeds", "seeds/entities.yaml"] },
        { ["generate", "--facts", "lots", "-o", "out"] },
        { ["add", "source", "nope.txt", "--id", "x", "--publisher", "P", "--published", "2022-09-10"] },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task UsageErrors_ExitTwo_WithoutAStackTrace(string[] arguments)
    {
        var result = await CliProcess.RunAsync(_work.Root, arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.NotEqual("", result.Stderr.Trim());
        result.AssertNoStackTrace();
        Assert.False(File.Exists(Path.Combine(_work.Root, "graph.db")), "nothing is written");
    }

    [Fact]
    public async Task MissingSeedsFolder_GivesTheSameMessage_FromSyncAndWatch()
    {
        var sync = await CliProcess.RunAsync(_work.Root, "sync", "--seeds", "seed");
        var watch = await CliProcess.RunAsync(_work.Root, "watch", "--seeds", "seed", "--no-web");

        var expected = $"error: seeds folder '{Path.Combine(_work.Root, "seed")}' does not exist (GraphBuilder:Seeds / --seeds DIR)\n";
        Assert.Equal(expected, sync.Stderr);
        Assert.Equal(expected, watch.Stderr);
        Assert.DoesNotContain("seed:1:1", sync.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedsGivenAsAFile_SaysToGiveTheFolder()
    {
        var result = await CliProcess.RunAsync(_work.Root, "validate", "--seeds", "seeds/entities.yaml");

        Assert.Equal("error: --seeds 'seeds/entities.yaml' is a file; give the folder that holds the seed files (e.g. --seeds seeds)\n", result.Stderr);
    }

    [Fact]
    public async Task WatchWithAUrlWithoutScheme_SaysHowToWriteIt()
    {
        var result = await CliProcess.RunAsync(_work.Root, "watch", "--web-urls", "localhost:5099");

        Assert.Contains("'localhost:5099' is not a URL to listen on; write it like http://127.0.0.1:5080", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchWithABadUrlInTheEnvironment_ExitsOne_AsAConfigurationError()
    {
        var result = await CliProcess.RunAsync(_work.Root, new Dictionary<string, string> { ["GraphBuilder__Web__Urls"] = "localhost:5099" }, "watch");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("'localhost:5099' is not a URL to listen on", result.Stderr, StringComparison.Ordinal);
        result.AssertNoStackTrace();
    }

    [Fact]
    public async Task WatchOnAPortInUse_ExitsOne_WithOneLineAndNoStackTrace()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}";

        var result = await CliProcess.RunAsync(_work.Root, "watch", "--web-urls", url, "--db", "graph.db");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("address already in use", result.Stderr, StringComparison.OrdinalIgnoreCase);
        result.AssertNoStackTrace();
        Assert.True(result.Stderr.Length < 400, result.Stderr);
    }
}
