using System.Net;
using System.Net.Sockets;
using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Robustness.Tests.Neo4jFaults;

/// <summary>Credentials in a Neo4j URI: used to log in, and never printed (CLI errors and output).</summary>
public sealed class Neo4jCredentialTests
{
    private static string UserInfo => $"{Neo4jCli.User}:{Neo4jCli.Password}@";

    [Theory]
    [InlineData("http")]
    [InlineData("neo4j")]
    public async Task Sync_UserAndPasswordInTheUri_LogIn_AndAreNeverPrinted(string scheme)
    {
        using var cli = new Neo4jCli();
        await using var server = await Neo4jStandIn.StartAsync();
        var uri = scheme == "http" ? new Uri($"http://{UserInfo}127.0.0.1:{server.Uri.Port}") : new Uri($"neo4j://{UserInfo}127.0.0.1");
        var settings = new Dictionary<string, string>
        {
            ["GraphBuilder__Neo4j__Password"] = "",
            ["GraphBuilder__Neo4j__User"] = "someone-else",
            ["GraphBuilder__Neo4j__HttpPort"] = server.Uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var result = await cli.RunAsync(uri, settings, "sync", "--verbose");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"(user '{Neo4jCli.User}')", result.Stdout, StringComparison.Ordinal);
        Graphs.AssertSame(SeedsCheck.Compile(cli.Seeds), Graphs.FromFake(server.Graph.Committed));
        Assert.DoesNotContain(Neo4jCli.Password, result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_ServerDown_TheErrorNeverPrintsThePasswordOfTheUri()
    {
        using var cli = new Neo4jCli();
        var port = FreePort();

        var result = await cli.SyncAsync(new Uri($"http://{UserInfo}127.0.0.1:{port}"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"at http://127.0.0.1:{port}/ (user '{Neo4jCli.User}') could not be reached", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Neo4jCli.Password, result.AllOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?password=")]
    [InlineData("?auth=neo4j:")]
    public async Task Sync_PasswordInTheUrisQuery_IsRefused_WithoutPrintingIt(string query)
    {
        using var cli = new Neo4jCli();
        await using var server = await Neo4jStandIn.StartAsync();

        var result = await cli.SyncAsync(new Uri($"{server.Uri}{query}{Neo4jCli.Password}"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("GraphBuilder:Neo4j:Uri must not carry a query or fragment", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Neo4jCli.Password, result.AllOutput, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Sync_UnparsableUriWithAPassword_TheConfigurationErrorNeverPrintsIt()
    {
        using var cli = new Neo4jCli();

        var result = await cli.RunAsync(new Uri("http://127.0.0.1"),
            new Dictionary<string, string> { ["GraphBuilder__Neo4j__Uri"] = $"http://{UserInfo}127.0.0.1:notaport" }, "sync");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Neo4jCli.Password, result.AllOutput, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
