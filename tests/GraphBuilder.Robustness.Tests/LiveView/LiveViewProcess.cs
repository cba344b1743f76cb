using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing;
using GraphBuilder.Testing.Cli;

namespace GraphBuilder.Robustness.Tests.LiveView;

/// <summary><c>graphbuilder watch</c> serving the live view on a free loopback port, over a copy of the shipped seeds; killed on dispose.</summary>
internal sealed class LiveViewProcess : IAsyncDisposable
{
    private readonly TempSeeds _folder;
    private readonly CliProcess _process;

    private LiveViewProcess(IReadOnlyDictionary<string, string>? environment)
    {
        _folder = TempSeeds.FromShippedSeeds();
        Port = FreePort();
        _process = CliProcess.Start(_folder.Root,
            ["watch", "--seeds", "seeds", "--db", "graph.db", "--schema", RepoPaths.Schema, "--web-urls", $"http://127.0.0.1:{Port}"], environment);
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
    }

    public int Port { get; }
    public HttpClient Http { get; }

    /// <summary>Starts watch and waits until the view answers a loopback request for <paramref name="readyHost"/>.</summary>
    public static async Task<LiveViewProcess> StartAsync(IReadOnlyDictionary<string, string>? environment = null, string readyHost = "127.0.0.1")
    {
        var view = new LiveViewProcess(environment);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (view._process.HasExited) Assert.Fail("watch exited early: " + view._process.Stderr);
            try
            {
                using var response = await view.SendAsync(HttpMethod.Get, "/api/graph", readyHost);
                if (response.StatusCode == HttpStatusCode.OK) return view;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Assert.True(DateTime.UtcNow < deadline, "the live view did not come up within 60 s");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string host)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = host;
        return Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _process.KillAsync();
        _process.Dispose();
        _folder.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
