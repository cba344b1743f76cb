using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Robustness.Tests.Neo4jFaults;

/// <summary>
/// The real CLI against a stand-in whose 2xx answers are not the Query API's JSON (a proxy's page, a cut-off
/// body, a crashing server): never read as "no rows", never a false success.
/// </summary>
public sealed class Neo4jOddAnswerTests
{
    private const string HtmlPage = "<html><body><h1>Welcome to nginx!</h1></body></html>";

    [Theory]
    [InlineData("")]
    [InlineData(HtmlPage)]
    public async Task Sync_CommitAnsweredWith200ButNoQueryApiBody_IsNotASuccess_RetriesTheWholeTransaction(string body)
    {
        using var cli = new Neo4jCli();
        await using var server = await Neo4jStandIn.StartAsync();
        // The commit never reached the server: a proxy answered it.
        server.Script(r => r.IsCommit, new FakeQueryApiResponse(200, body));

        var result = await cli.SyncAsync(server.Uri);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, server.Graph.Begins);
        Graphs.AssertSame(SeedsCheck.Compile(cli.Seeds), Graphs.FromFake(server.Graph.Committed));
        Assert.Equal(0, server.Graph.OpenTransactions);
    }

    [Fact]
    public async Task Sync_CommitReplyCutOff_AfterTheServerCommitted_RerunsTheTransaction_AndConverges()
    {
        using var cli = new Neo4jCli();
        await using var server = await Neo4jStandIn.StartAsync();
        server.Mangle(r => r.IsCommit, answer => answer with { Status = 200, Body = answer.Body![..(answer.Body!.Length / 2)] });

        var result = await cli.SyncAsync(server.Uri);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, server.Graph.Commits);
        Graphs.AssertSame(SeedsCheck.Compile(cli.Seeds), Graphs.FromFake(server.Graph.Committed));
    }

    [Fact]
    public async Task Sync_SnapshotAnsweredWithA200Page_ExitsOne_WritesNothing_KeepsNoStaleGraphAsCurrent()
    {
        using var cli = new Neo4jCli();
        await using var server = await Neo4jStandIn.StartAsync();
        await Neo4jStandIn.AssertConvergesAsync(cli, server);
        var before = Graphs.Canonical(Graphs.FromFake(server.Graph.Committed));
        var marker = server.Graph.Committed.Marker;
        File.Delete(Directory.EnumerateFiles(Path.Combine(cli.Seeds, "facts"), "*.yaml").First());
        server.Script(r => r.Kind == "snapshot-nodes", new FakeQueryApiResponse(200, HtmlPage), times: 100);

        var result = await cli.SyncAsync(server.Uri);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("answered HTTP 200 with a body that is not JSON (\"<html>", result.Stderr, StringComparison.Ordinal);
        result.AssertNoStackTrace();
        Assert.Equal(before, Graphs.Canonical(Graphs.FromFake(server.Graph.Committed)));
        Assert.Same(marker, server.Graph.Committed.Marker);
    }

    [Fact]
    public async Task Sync_WithoutExplicitTransactions_AServerAnswering200Html_ExitsOne_NeverComplete()
    {
        using var cli = new Neo4jCli();
        await using var server = await Neo4jStandIn.StartAsync();
        server.ScriptNext(new FakeQueryApiResponse(200, HtmlPage), times: 100_000);

        var result = await cli.RunAsync(server.Uri, new Dictionary<string, string> { ["GraphBuilder__Neo4j__ExplicitTransactions"] = "false" }, "sync");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("not the Query API's answer", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Synced", result.Stdout, StringComparison.Ordinal);
        result.AssertNoStackTrace();
    }

    [Fact]
    public async Task Sync_StatementAnsweredWithRowsThatDoNotMatchTheirFields_RetriesTheWholeTransaction()
    {
        using var cli = new Neo4jCli();
        await using var server = await Neo4jStandIn.StartAsync();
        server.Script(r => r.Kind == "merge-nodes" && r.TransactionId is not null,
            new FakeQueryApiResponse(202, """{"data":{"fields":["written"],"values":[[1,2]]},"bookmarks":[]}"""));

        var result = await cli.SyncAsync(server.Uri);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, server.Graph.Begins);
        Graphs.AssertSame(SeedsCheck.Compile(cli.Seeds), Graphs.FromFake(server.Graph.Committed));
    }
}
