using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Robustness.Tests.Neo4jFaults;

/// <summary>The stand-in server with <see cref="Neo4jCli"/>'s credentials, and the check every fault test ends with.</summary>
public static class Neo4jStandIn
{
    public static Task<FakeQueryApiServer> StartAsync() =>
        FakeQueryApiServer.StartAsync(user: Neo4jCli.User, password: Neo4jCli.Password);

    /// <summary>One more sync exits 0 and leaves exactly the compiled graph.</summary>
    /// <param name="abandoned">Transactions a killed CLI left open; Neo4j rolls them back when they expire.</param>
    public static async Task AssertConvergesAsync(Neo4jCli cli, FakeQueryApiServer server, int abandoned = 0)
    {
        var result = await cli.SyncAsync(server.Uri);
        Assert.True(result.ExitCode == 0, result.ToString());
        Graphs.AssertSame(SeedsCheck.Compile(cli.Seeds), Graphs.FromFake(server.Graph.Committed));
        Assert.Equal(abandoned, server.Graph.OpenTransactions);
    }
}
