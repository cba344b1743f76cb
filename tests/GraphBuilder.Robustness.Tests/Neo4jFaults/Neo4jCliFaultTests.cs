using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Robustness.Tests.Neo4jFaults;

/// <summary>
/// The real CLI (<c>sync --store neo4j</c>) against a fake Query API that fails on cue: every fault ends in a
/// clear message and exit code, never a half-written graph, and once the fault clears ONE sync converges to
/// exactly the compiled graph.
/// </summary>
public sealed class Neo4jCliFaultTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Task<FakeQueryApiServer> StartServerAsync() => Neo4jStandIn.StartAsync();

    private static Task AssertConvergesAsync(Neo4jCli cli, FakeQueryApiServer server, int abandoned = 0) =>
        Neo4jStandIn.AssertConvergesAsync(cli, server, abandoned);

    [Fact]
    public async Task Sync_ServerDownAtStart_ExitsOne_WithClearMessage()
    {
        using var cli = new Neo4jCli();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await cli.SyncAsync(new Uri($"http://127.0.0.1:{port}"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"at http://127.0.0.1:{port}/ (user '{Neo4jCli.User}') could not be reached", result.Stderr, StringComparison.Ordinal);
        result.AssertNoStackTrace();
        Assert.DoesNotContain(Neo4jCli.Password, result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_Unavailable503ForAWhile_RetriesAndConverges()
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();
        server.ScriptNext(FakeQueryApiResponse.StatusOnly(503), times: 3);

        await AssertConvergesAsync(cli, server);
        Assert.Equal(1, server.Graph.Commits);
    }

    [Theory]
    [InlineData("merge-nodes")]
    [InlineData("merge-relationships")]
    public async Task Sync_DeadlockMidTransaction_RetriesTheWholeTransaction_AndConverges(string kind)
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();
        server.Graph.FailStatement(r => r.Kind == kind && r.TransactionId is not null, "Neo.TransientError.Transaction.DeadlockDetected");

        var result = await cli.SyncAsync(server.Uri);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, server.Graph.Begins);
        Graphs.AssertSame(SeedsCheck.Compile(cli.Seeds), Graphs.FromFake(server.Graph.Committed));
        Assert.Equal(0, server.Graph.OpenTransactions);
    }

    [Theory]
    [InlineData("Neo.ClientError.Cluster.NotALeader")]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase")]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable")]
    public async Task Sync_ClusterRoleChangeMidTransaction_RetriesWithAFreshTransaction_AndConverges(string code)
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();
        server.Graph.FailStatement(r => r.Kind == "merge-nodes" && r.TransactionId is not null, code);

        var result = await cli.SyncAsync(server.Uri);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, server.Graph.Begins);
        Graphs.AssertSame(SeedsCheck.Compile(cli.Seeds), Graphs.FromFake(server.Graph.Committed));
    }

    [Fact]
    public async Task Sync_CreatesAUniquenessConstraintOnTheSyncMarkerKey_WithTheOthers()
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();

        await AssertConvergesAsync(cli, server);

        Assert.Contains("gb_GraphBuilderSync_key", server.Graph.Constraints);
        var marker = server.Requests.Single(r => r.Kind == "constraint" && r.QuotedNames[0] == "gb_GraphBuilderSync_key");
        Assert.Contains("FOR (m:`GraphBuilderSync`) REQUIRE m.key IS UNIQUE", marker.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_DeadlockOnEveryAttempt_GivesUpAfterTheRetryTime_ExitsOne_ThenARerunConverges()
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();
        server.Graph.FailStatement(r => r.Kind == "merge-nodes", "Neo.TransientError.Transaction.DeadlockDetected", times: 10_000);

        var failed = await cli.SyncAsync(server.Uri);

        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.Contains("Neo.TransientError.Transaction.DeadlockDetected", failed.Stderr, StringComparison.Ordinal);
        failed.AssertNoStackTrace();
        Assert.True(server.Graph.Begins > 1, "the transaction was never retried");
        Assert.Empty(server.Graph.Committed.Nodes);
        server.Graph.ClearFailures();
        await AssertConvergesAsync(cli, server);
    }

    [Fact]
    public async Task Sync_InterruptedBetweenCommits_QueryWarnsOfAPartialSync_ThenARerunConverges()
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();
        var settings = new Dictionary<string, string> { ["GraphBuilder__Neo4j__MaxTransactionRows"] = "20" };
        var commits = 0;
        server.Script(r => r.IsCommit && Interlocked.Increment(ref commits) == 2,
            FakeQueryApiResponse.Error("Neo.ClientError.Security.Forbidden", "writes are not allowed now"));

        var failed = await cli.RunAsync(server.Uri, settings, "sync");
        var query = await cli.RunAsync(server.Uri, settings, "query", "who-accused-whom");

        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.True(query.ExitCode == 0, query.ToString());
        Assert.Contains("holds a partial sync", query.Stderr, StringComparison.Ordinal);
        Assert.True(server.Graph.Commits >= 1);
        var done = await cli.RunAsync(server.Uri, settings, "sync");
        Assert.True(done.ExitCode == 0, done.ToString());
        Graphs.AssertSame(SeedsCheck.Compile(cli.Seeds), Graphs.FromFake(server.Graph.Committed));
        Assert.True(server.Graph.LargestCommittedTransactionRows <= 20);
        var after = await cli.RunAsync(server.Uri, settings, "query", "who-accused-whom");
        Assert.DoesNotContain("warning", after.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_AnswerNeverComes_TimesOut_RollsBack_ThenARerunConverges()
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();
        server.Script(r => r.Kind == "merge-relationships", FakeQueryApiResponse.Slow(TimeSpan.FromMinutes(5)), times: 1000);

        var failed = await cli.SyncAsync(server.Uri);

        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.Contains("could not be reached", failed.Stderr, StringComparison.Ordinal);
        failed.AssertNoStackTrace();
        Assert.Empty(server.Graph.Committed.Nodes);
        server.ClearScripts();
        await AssertConvergesAsync(cli, server);
    }

    [Fact]
    public async Task Sync_StatementOutlivesTheRequestTimeout_RollbackIsAwaited_SoTheRetryNeverBlocksBehindItsLock()
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();
        // Runs past the CLI's 1.5 s request timeout, holding the write lock; the abandoned transaction would keep it
        // until it expires (the stand-in's 30 s idle timeout), long after the 15 s retry time below.
        server.Graph.RunSlowly(r => r.Kind == "merge-nodes" && r.TransactionId is not null, TimeSpan.FromSeconds(4));
        var settings = new Dictionary<string, string> { ["GraphBuilder__Neo4j__MaxRetryTime"] = "00:00:15" };

        var result = await cli.RunAsync(server.Uri, settings, "sync");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(server.Graph.RefusedWhileRunning > 0, "no rollback was refused: the statement did not outlive the timeout");
        Assert.Equal(0, server.Graph.BlockedStatements);
        var requests = server.Requests.ToList();
        var abandoned = requests.First(r => r.Kind == "merge-nodes" && r.TransactionId is not null).TransactionId;
        var rolledBack = requests.FindLastIndex(r => r.IsRollback && r.TransactionId == abandoned);
        var retried = requests.FindIndex(requests.FindIndex(r => r.IsBegin) + 1, r => r.IsBegin);
        Assert.True(rolledBack >= 0 && retried > rolledBack, "the retry began before the abandoned transaction was rolled back");
        Graphs.AssertSame(SeedsCheck.Compile(cli.Seeds), Graphs.FromFake(server.Graph.Committed));
        Assert.Equal(0, server.Graph.OpenTransactions);
    }

    [Fact]
    public async Task Sync_SlowSnapshotRead_IsRetried_AndConverges()
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();
        server.Script(r => r.Kind == "snapshot-nodes", FakeQueryApiResponse.Slow(TimeSpan.FromMinutes(5)));

        await AssertConvergesAsync(cli, server);
    }

    [Fact]
    public async Task Sync_ConnectionResetMidBatch_RetriesTheWholeTransaction_AndConverges()
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();
        var mergeRequests = 0;
        server.Script(r => r.Kind == "merge-nodes" && Interlocked.Increment(ref mergeRequests) == 2, FakeQueryApiResponse.ConnectionReset());

        var result = await cli.SyncAsync(server.Uri);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, server.Graph.Begins);
        Graphs.AssertSame(SeedsCheck.Compile(cli.Seeds), Graphs.FromFake(server.Graph.Committed));
    }

    [Fact]
    public async Task Sync_Unauthorized_NamesUserAndUri_NeverThePassword()
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();
        const string wrong = "Wr0ng-Secret-Value";

        var result = await cli.SyncAsync(server.Uri, wrong, "--verbose");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"at {server.Uri} (user '{Neo4jCli.User}') rejected the credentials", result.Stderr, StringComparison.Ordinal);
        result.AssertNoStackTrace();
        foreach (var secret in new[] { wrong, Neo4jCli.Base64Credentials(Neo4jCli.User, wrong) })
            Assert.DoesNotContain(secret, result.AllOutput, StringComparison.Ordinal);
        Assert.Empty(server.Graph.Committed.Nodes);
    }

    [Fact]
    public async Task Verbose_Unavailable_NeverLogsThePassword()
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();
        server.ScriptNext(FakeQueryApiResponse.StatusOnly(503), times: 1000);

        var result = await cli.SyncAsync(server.Uri, Neo4jCli.Password, "--verbose");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("503", result.AllOutput, StringComparison.Ordinal);
        foreach (var secret in new[] { Neo4jCli.Password, Neo4jCli.Base64Credentials(Neo4jCli.User, Neo4jCli.Password) })
            Assert.DoesNotContain(secret, result.AllOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("merge-nodes")]
    [InlineData("merge-relationships")]
    [InlineData("delete-relationships")]
    public async Task Sync_KilledMidTransaction_LeavesOldGraph_AndOneRerunConverges(string kind)
    {
        using var cli = new Neo4jCli();
        await using var server = await StartServerAsync();
        await AssertConvergesAsync(cli, server);
        var before = Graphs.Canonical(Graphs.FromFake(server.Graph.Committed));
        EditSeeds(cli.Seeds);
        server.Script(r => r.Kind == kind && r.TransactionId is not null, FakeQueryApiResponse.Slow(TimeSpan.FromMinutes(5)));
        server.ClearRequests();

        using (var child = CliProcess.Start(cli.Folder, ["sync", "--seeds", "seeds", "--schema", RepoPaths.Schema], Neo4jCli.Environment(server.Uri)))
        {
            var waited = Stopwatch.StartNew();
            while (!server.Requests.Any(r => r.Kind == kind) && waited.Elapsed < TimeSpan.FromSeconds(60) && !child.HasExited)
                await Task.Delay(20, Token);
            Assert.True(server.Requests.Any(r => r.Kind == kind), $"the sync never sent {kind}");
            await child.KillAsync();
        }

        Assert.Equal(before, Graphs.Canonical(Graphs.FromFake(server.Graph.Committed)));
        await AssertConvergesAsync(cli, server, abandoned: 1);
    }

    /// <summary>Changes, removes and adds: the next sync deletes, updates and creates nodes and relationships.</summary>
    private static void EditSeeds(string seeds)
    {
        var entities = Path.Combine(seeds, "entities.yaml");
        File.WriteAllText(entities, File.ReadAllText(entities).Replace("name: Albania", "name: Republic of Albania", StringComparison.Ordinal)
            + "  - id: robustness-extra\n    kind: organisation\n    name: Robustness Extra\n");
        File.Delete(Path.Combine(seeds, "facts", "denials.yaml"));
        var accusations = Path.Combine(seeds, "facts", "accusations.yaml");
        File.WriteAllText(accusations, File.ReadAllText(accusations).Replace("type: ACCUSES", "type: CONDEMNS", StringComparison.Ordinal));
    }
}
