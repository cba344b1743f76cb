using System.Net;
using System.Net.Sockets;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Robustness.Tests.Neo4jFaults;

/// <summary>
/// <c>watch</c> (JSON logs, the live view with /health, /metrics and /api/status) against a stand-in, given a URI with
/// the password in it, whose syncs fail: every output is collected once for <see cref="Neo4jWatchRedactionTests"/>.
/// </summary>
public sealed class WatchWithCredentialsInTheUri : IAsyncLifetime
{
    private readonly Neo4jCli _cli = new();
    private FakeQueryApiServer _server = null!;

    public string Banner { get; private set; } = "";
    public string Logs { get; private set; } = "";
    public string Health { get; private set; } = "";
    public string Status { get; private set; } = "";
    public string Metrics { get; private set; } = "";
    public Uri Endpoint => _server.Uri;

    public async ValueTask InitializeAsync()
    {
        _server = await Neo4jStandIn.StartAsync();
        _server.Graph.FailStatement(r => r.Kind == "merge-nodes", "Neo.ClientError.Schema.ConstraintValidationFailed", times: 100_000);
        var port = FreePort();
        var environment = Neo4jCli.Environment(new Uri($"http://{Neo4jCli.User}:{Neo4jCli.Password}@127.0.0.1:{_server.Uri.Port}"));
        using var watch = CliProcess.Start(_cli.Folder,
            ["watch", "--seeds", "seeds", "--schema", RepoPaths.Schema, "--log-format", "json", "--web-urls", $"http://127.0.0.1:{port}"], environment);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!Status.Contains("\"behind\"", StringComparison.Ordinal))
        {
            Assert.False(watch.HasExited, "watch exited early: " + watch.Stderr);
            Assert.True(DateTime.UtcNow < deadline, "the failed sync never showed in /api/status: " + Status);
            try
            {
                Status = await http.GetStringAsync("/api/status");
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        using (var health = await http.GetAsync("/health")) Health = await health.Content.ReadAsStringAsync();
        Metrics = await http.GetStringAsync("/metrics");
        await watch.KillAsync();
        (Banner, Logs) = (watch.Stdout, watch.Stderr + watch.Stdout);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _cli.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
