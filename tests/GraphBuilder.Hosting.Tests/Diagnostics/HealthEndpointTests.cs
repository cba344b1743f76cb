using System.Net;
using System.Text.Json;
using GraphBuilder.Graph;
using GraphBuilder.Schema;
using GraphBuilder.Hosting.Tests.Support;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Hosting.Tests.Diagnostics;

/// <summary>GET /health on the worker's web endpoint, through the real host, against the Neo4j stand-in.</summary>
[Collection(DiagnosticsCollection.Name)]
public sealed class HealthEndpointTests
{
    private const string User = "ops-user";
    private const string Password = "ops-Pa55word-never-shown";

    [Fact]
    public async Task Health_GoesHealthyDegradedHealthyUnhealthyAndBack_AsSeedsAndStoreChange()
    {
        var neo4j = await FakeQueryApiServer.StartAsync(user: User, password: Password);
        await using var host = await DiagnosticsHost.StartAsync(Neo4jSettings(neo4j.Uri));
        try
        {
            var healthy = await host.WaitForHealthAsync("Healthy");
            Assert.Equal(HttpStatusCode.OK, healthy.Code);
            Assert.Equal(HashOfSeeds(host.Folder.Seeds), Check(healthy, "sync").GetProperty("data").GetProperty("graphHash").GetString());

            SeedEdits.Break(host.Folder);
            var degraded = await host.WaitForHealthAsync("Degraded");
            Assert.Equal(HttpStatusCode.OK, degraded.Code);
            var sync = Check(degraded, "sync");
            Assert.Equal("Degraded", sync.GetProperty("status").GetString());
            Assert.Contains("invalid since", sync.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.True(sync.GetProperty("data").TryGetProperty("since", out _));
            var firstError = sync.GetProperty("data").GetProperty("errors")[0].GetString()!;
            Assert.Contains($"{Path.GetFileName(SeedEdits.BrokenFile)}:1:1: ", firstError, StringComparison.Ordinal);
            Assert.Equal("Healthy", Check(degraded, "store").GetProperty("status").GetString());

            SeedEdits.Fix(host.Folder);
            await host.WaitForHealthAsync("Healthy");

            var port = neo4j.Uri.Port;
            await neo4j.DisposeAsync();
            var unreachable = await host.WaitForHealthAsync("Unhealthy");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unreachable.Code);
            Assert.Equal("Unhealthy", Check(unreachable, "store").GetProperty("status").GetString());

            // A sync while Neo4j is down fails after the store's retries: the sync check says so too.
            SeedEdits.AddEntity(host.Folder, "ops-down");
            await Eventually.TrueAsync(async () => Check(await host.HealthAsync(), "sync").GetProperty("status").GetString() == "Unhealthy",
                "the sync check reports the failed sync", host.Dump);

            neo4j = await FakeQueryApiServer.StartAsync(user: User, password: Password, port: port);
            var back = await host.WaitForHealthAsync("Healthy");
            Assert.Equal(HttpStatusCode.OK, back.Code);
            Assert.Equal(HashOfSeeds(host.Folder.Seeds), Check(back, "sync").GetProperty("data").GetProperty("graphHash").GetString());
            Assert.Contains("ops-down", neo4j.Graph.Committed.Nodes.Keys);
            Assert.DoesNotContain(Password, host.Dump(), StringComparison.Ordinal);
        }
        finally
        {
            await neo4j.DisposeAsync();
        }
    }

    [Fact]
    public async Task Health_StoreCheck_GivesUpAfterItsTimeout_WhenTheStoreHangs()
    {
        await using var neo4j = await FakeQueryApiServer.StartAsync(user: User, password: Password);
        await using var host = await DiagnosticsHost.StartAsync(new Dictionary<string, string?>(Neo4jSettings(neo4j.Uri))
        {
            ["GraphBuilder:Health:StoreTimeout"] = "00:00:00.300",
        });
        await host.WaitForHealthAsync("Healthy");

        neo4j.Script(r => r.Kind == "ping", FakeQueryApiResponse.Slow(TimeSpan.FromMinutes(1)), times: 100);
        var (code, body) = await host.HealthAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        Assert.Contains("did not answer within 300 ms", Check((code, body), "store").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_AnswersJson_WithOneEntryPerCheck_ForTheEmbeddedStore()
    {
        await using var host = await DiagnosticsHost.StartAsync();

        var (code, body) = await host.WaitForHealthAsync("Healthy");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal(["store", "sync"], body.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Contains("embedded store", Check((code, body), "store").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthAndMetrics_SitBehindTheViewsHostAllowListAndSecurityHeaders()
    {
        await using var host = await DiagnosticsHost.StartAsync();
        await host.WaitForHealthAsync("Healthy");

        foreach (var path in new[] { "/health", "/metrics" })
        {
            using var stranger = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Host = "rebound.example" } };
            using var refused = await host.Http.SendAsync(stranger, TestContext.Current.CancellationToken);
            using var answered = await host.Http.GetAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            Assert.Equal("DENY", answered.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("nosniff", answered.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    internal static Dictionary<string, string?> Neo4jSettings(Uri uri) => new()
    {
        ["GraphBuilder:Store"] = "neo4j",
        ["GraphBuilder:Neo4j:Uri"] = uri.ToString(),
        ["GraphBuilder:Neo4j:User"] = User,
        ["GraphBuilder:Neo4j:Password"] = Password,
        ["GraphBuilder:Neo4j:MaxRetryAttempts"] = "1",
        ["GraphBuilder:Neo4j:RetryBaseDelay"] = "00:00:00.010",
        ["GraphBuilder:Neo4j:RequestTimeout"] = "00:00:05",
        ["GraphBuilder:Neo4j:TotalTimeout"] = "00:00:10",
        ["GraphBuilder:Neo4j:BreakDuration"] = "00:00:00.500",
        ["GraphBuilder:Health:StoreTimeout"] = "00:00:02",
    };

    private static JsonElement Check((HttpStatusCode Code, JsonElement Body) health, string name) =>
        health.Body.GetProperty("checks").GetProperty(name);

    private static string HashOfSeeds(string seeds)
    {
        var compiled = new CorpusPipeline(VocabularyLoader.LoadFromFolder(TestPaths.Schema)).Run(seeds);
        return compiled.Graph!.ContentHash;
    }
}
