using System.Text.RegularExpressions;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary><c>graphbuilder watch</c> as users run it: a child process, real files, a real signal.</summary>
public sealed partial class WatchCommandTests
{
    private static readonly TimeSpan StopWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Watch_SyncsAnEdit_AndExitsZeroOnSigterm()
    {
        using var folder = TempSeeds.FromReports();
        using var process = CliProcess.Start(folder.Root,
            ["watch", "--seeds", folder.Seeds, "--schema", RepoPaths.Schema, "--db", folder.Database, "--debounce", "200ms", "--no-web"]);

        await Eventually.TrueAsync(() => process.Stderr.Contains("Synced (Initial)", StringComparison.Ordinal), "the initial sync is logged", Output);
        await Eventually.TrueAsync(() => process.Stdout.Contains($"Watching {folder.Seeds}", StringComparison.Ordinal), "it says what it watches", Output);
        var before = await GraphFingerprint.OfStoreAsync(folder.Database);

        folder.Edit("facts/hosting.yaml", "about: the MKO based in Iraq", "about: the MKO, edited while watched, based in Iraq");
        var expected = GraphFingerprint.OfSeeds(folder.Seeds);
        await Eventually.TrueAsync(async () => await GraphFingerprint.OfStoreAsync(folder.Database) == expected, "the store has the edit", Output);
        Assert.NotEqual(before, expected);
        // The console logger writes in the background, so the line may trail the store update.
        await Eventually.TrueAsync(() => process.Stderr.Contains("Synced (Change)", StringComparison.Ordinal), "the change sync is logged", Output);

        process.Terminate();
        Assert.True(await process.WaitForExitAsync(StopWithin), "watch did not stop after SIGTERM\n" + Output());
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Stopped watching", process.Stderr, StringComparison.Ordinal);

        string Output() => $"stdout:\n{process.Stdout}\nstderr:\n{process.Stderr}";
    }

    [Fact]
    public async Task Watch_ExitsTwo_WithAMessageAndNoStackTrace_WhenTheSeedsFolderIsMissing()
    {
        using var folder = TempSeeds.Empty();
        using var process = CliProcess.Start(folder.Root, ["watch", "--seeds", "missing", "--schema", RepoPaths.Schema, "--db", folder.Database, "--no-web"]);

        Assert.True(await process.WaitForExitAsync(TimeSpan.FromSeconds(30)), "watch kept running with a missing seeds folder");

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("error: seeds folder", process.Stderr, StringComparison.Ordinal);
        Assert.Contains("does not exist", process.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Database));
    }

    [Fact]
    public async Task Watch_WithAnHttpsUrlAndNoCertificate_ExitsOne_WithOneLine()
    {
        using var folder = TempSeeds.FromReports();
        using var process = CliProcess.Start(folder.Root,
            ["watch", "--seeds", folder.Seeds, "--schema", RepoPaths.Schema, "--db", folder.Database, "--web-urls", $"https://127.0.0.1:{FreePort()}"]);

        Assert.True(await process.WaitForExitAsync(TimeSpan.FromSeconds(60)), "watch kept running without a certificate");

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("error: cannot serve https: there is no server certificate", process.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", process.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_OnPortZero_PrintsThePortItBound()
    {
        using var folder = TempSeeds.FromReports();
        using var process = CliProcess.Start(folder.Root,
            ["watch", "--seeds", folder.Seeds, "--schema", RepoPaths.Schema, "--db", folder.Database, "--web-urls", "http://127.0.0.1:0"]);

        await Eventually.TrueAsync(() => BoundUrl().IsMatch(process.Stdout), "the bound address is printed", () => process.Stdout + process.Stderr);
        using var http = new HttpClient { BaseAddress = new Uri(BoundUrl().Match(process.Stdout).Groups[1].Value) };
        Assert.Contains("<html", await http.GetStringAsync("/", TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);

        process.Terminate();
        Assert.True(await process.WaitForExitAsync(StopWithin), "watch did not stop after SIGTERM");
    }

    [Fact]
    public async Task Watch_SyncsOverAStoreAnotherProcessChanged_AndRefreshesOpenPages()
    {
        using var folder = TempSeeds.FromReports();
        using var foreign = TempSeeds.FromFixture("bad-input/_base");
        var url = $"http://127.0.0.1:{FreePort()}";
        using var process = CliProcess.Start(folder.Root,
            ["watch", "--seeds", folder.Seeds, "--schema", RepoPaths.Schema, "--db", folder.Database, "--web-urls", url],
            new Dictionary<string, string> { ["GraphBuilder__Worker__StoreCheckInterval"] = "00:00:00.3" });
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var token = TestContext.Current.CancellationToken;
        await Eventually.TrueAsync(() => process.Stderr.Contains("Synced (Initial)", StringComparison.Ordinal), "the initial sync is logged", Output);

        // An open page: its event stream, read line by line in the background.
        var events = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var stream = new StreamReader(await http.GetStreamAsync("/api/events", token));
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(token);
        _ = Task.Run(async () =>
        {
            while (await stream.ReadLineAsync(stopReading.Token) is { } line) events.Enqueue(line);
        }, token);
        await Task.Delay(500, token);
        var refreshesBefore = events.Count(l => l == "event: graph-changed");

        var other = await CliProcess.RunAsync(foreign.Root, "sync", "--seeds", foreign.Seeds, "--schema", RepoPaths.Schema, "--db", folder.Database);
        Assert.True(other.ExitCode == 0, other.ToString());

        await Eventually.TrueAsync(() => process.Stderr.Contains("The store was changed by another writer", StringComparison.Ordinal), "the foreign write is noticed", Output);
        await Eventually.TrueAsync(async () => (await http.GetStringAsync("/api/graph", token)).Contains("the MKO based in Iraq", StringComparison.Ordinal),
            "the store holds the seeds' graph again", Output);
        await Eventually.TrueAsync(() => events.Count(l => l == "event: graph-changed") > refreshesBefore, "the open page is told to refresh", Output);

        await stopReading.CancelAsync();
        process.Terminate();
        Assert.True(await process.WaitForExitAsync(StopWithin), "watch did not stop after SIGTERM\n" + Output());

        string Output() => $"stdout:\n{process.Stdout}\nstderr:\n{process.Stderr}";
    }

    [GeneratedRegex(@"Graph view: (http://127\.0\.0\.1:[1-9][0-9]*)\s")]
    private static partial Regex BoundUrl();

    [Fact]
    public async Task Watch_ServesTheGraphView_AndItsJsonFollowsEdits()
    {
        using var folder = TempSeeds.FromReports();
        var url = $"http://127.0.0.1:{FreePort()}";
        using var process = CliProcess.Start(folder.Root,
            ["watch", "--seeds", folder.Seeds, "--schema", RepoPaths.Schema, "--db", folder.Database, "--debounce", "200ms", "--web-urls", url]);
        using var http = new HttpClient { BaseAddress = new Uri(url) };

        await Eventually.TrueAsync(() => process.Stderr.Contains("Synced (Initial)", StringComparison.Ordinal), "the initial sync is logged", Output);
        Assert.Contains($"Graph view: {url}", process.Stdout, StringComparison.Ordinal);
        var page = await http.GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Contains("<html", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"about\":\"the MKO based in Iraq", await http.GetStringAsync("/api/graph", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        folder.Edit("facts/hosting.yaml", "about: the MKO based in Iraq", "about: the MKO, seen live, based in Iraq");
        await Eventually.TrueAsync(async () => (await http.GetStringAsync("/api/graph", TestContext.Current.CancellationToken)).Contains("the MKO, seen live, based in Iraq", StringComparison.Ordinal),
            "the served graph has the edit", Output);

        process.Terminate();
        Assert.True(await process.WaitForExitAsync(StopWithin), "watch did not stop after SIGTERM\n" + Output());
        Assert.Equal(0, process.ExitCode);

        string Output() => $"stdout:\n{process.Stdout}\nstderr:\n{process.Stderr}";
    }

    [Fact]
    public async Task Watch_ServedStatus_ReportsInvalidSeedsWithPositions_UntilTheyAreFixed()
    {
        using var folder = TempSeeds.FromReports();
        var url = $"http://127.0.0.1:{FreePort()}";
        using var process = CliProcess.Start(folder.Root,
            ["watch", "--seeds", folder.Seeds, "--schema", RepoPaths.Schema, "--db", folder.Database, "--debounce", "200ms", "--web-urls", url]);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var ct = TestContext.Current.CancellationToken;

        await Eventually.TrueAsync(() => process.Stderr.Contains("Synced (Initial)", StringComparison.Ordinal), "the initial sync is logged", Output);
        Assert.Contains("\"category\":\"structural\"", await http.GetStringAsync("/", ct), StringComparison.Ordinal); // the vocabulary reaches the page
        await Eventually.TrueAsync(async () => (await http.GetStringAsync("/api/status", ct)).Contains("\"state\":\"ok\"", StringComparison.Ordinal), "the status is ok", Output);

        folder.Edit("facts/hosting.yaml", "subject: iraq", "subject: irak");
        await Eventually.TrueAsync(async () => (await http.GetStringAsync("/api/status", ct)).Contains("\"state\":\"invalid\"", StringComparison.Ordinal), "the status says invalid", Output);
        var status = await http.GetStringAsync("/api/status", ct);
        Assert.Matches("\"path\":\"[^\"]*hosting\\.yaml\",\"line\":[1-9][0-9]*,\"column\":[1-9][0-9]*,\"message\":\"[^\"]*irak", status);

        folder.Edit("facts/hosting.yaml", "subject: irak", "subject: iraq");
        await Eventually.TrueAsync(async () => (await http.GetStringAsync("/api/status", ct)).Contains("\"state\":\"ok\"", StringComparison.Ordinal), "the fix clears it", Output);

        process.Terminate();
        Assert.True(await process.WaitForExitAsync(StopWithin), "watch did not stop after SIGTERM\n" + Output());

        string Output() => $"stdout:\n{process.Stdout}\nstderr:\n{process.Stderr}";
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
