using System.Net;

namespace GraphBuilder.Robustness.Tests.LiveView;

/// <summary>The live view served by the real <c>graphbuilder watch</c>, probed as a hostile page or a curious curl would.</summary>
public sealed class LiveViewHardeningTests
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("127.0.0.1.evil.example")]
    public async Task ForeignHostNames_AreRefused_WithoutTheGraph(string host)
    {
        await using var view = await LiveViewProcess.StartAsync();

        foreach (var path in new[] { "/", "/api/graph", "/api/status", "/api/events" })
        {
            using var response = await view.SendAsync(HttpMethod.Get, path, host);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("relationships", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LoopbackHostNames_AreServed_WithFramingRefusedAndNoServerHeader()
    {
        await using var view = await LiveViewProcess.StartAsync();

        foreach (var host in new[] { "localhost", $"localhost:{view.Port}", "127.0.0.1", $"[::1]:{view.Port}" })
        {
            using var page = await view.SendAsync(HttpMethod.Get, "/", host);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'sha256-", policy, StringComparison.Ordinal);
            Assert.Equal("DENY", Assert.Single(page.Headers.GetValues("X-Frame-Options")));
            Assert.False(page.Headers.Contains("Server"), "the Server header names the web server");
        }

        using var graph = await view.SendAsync(HttpMethod.Get, "/api/graph", "localhost");
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Assert.Single(graph.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", Assert.Single(graph.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(graph.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(graph.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Head_IsAnswered_LikeGet_WithoutABody()
    {
        await using var view = await LiveViewProcess.StartAsync();

        foreach (var path in new[] { "/", "/api/graph" })
        {
            using var get = await view.SendAsync(HttpMethod.Get, path, "localhost");
            using var head = await view.SendAsync(HttpMethod.Head, path, "localhost");
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task AllowedHosts_CanBeConfigured_ToExposeTheViewDeliberately()
    {
        await using var view = await LiveViewProcess.StartAsync(
            new Dictionary<string, string> { ["GraphBuilder__Web__AllowedHosts"] = "graph.example.org;*.lab.example" }, readyHost: "graph.example.org");

        using var sub = await view.SendAsync(HttpMethod.Get, "/api/graph", "team.lab.example");
        Assert.Equal(HttpStatusCode.OK, sub.StatusCode);
        using var loopback = await view.SendAsync(HttpMethod.Get, "/api/graph", "127.0.0.1");
        Assert.Equal(HttpStatusCode.BadRequest, loopback.StatusCode);
    }

    [Fact]
    public async Task HealthAndMetrics_AnswerOnlyGetAndHead_Like_EveryOtherEndpoint()
    {
        await using var view = await LiveViewProcess.StartAsync();

        foreach (var path in new[] { "/health", "/metrics", "/api/graph" })
        {
            using var get = await view.SendAsync(HttpMethod.Get, path, "localhost");
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Trace, new HttpMethod("BREW") })
            {
                using var response = await view.SendAsync(method, path, "localhost");
                Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {path}: {(int)response.StatusCode}");
                Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public async Task AllowedHosts_OfSeparatorsOnly_IsRefusedAtStart_InsteadOfFailingEveryRequest()
    {
        using var folder = new TempFolder("gb-allowed-hosts");
        folder.CopyIn(Path.Combine(BadInput.BadInputCase.Folder, "_base"), "seeds");

        var result = await CliProcess.RunAsync(folder.Path, new Dictionary<string, string> { ["GraphBuilder__Web__AllowedHosts"] = ";" },
            "watch", "--web-urls", "http://127.0.0.1:0", "--schema", RepoPaths.Schema);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error: GraphBuilder:Web:AllowedHosts ';' names no host; give at least one (e.g. localhost), or * for any", result.Stderr, StringComparison.Ordinal);
        result.AssertNoStackTrace();
    }
}
