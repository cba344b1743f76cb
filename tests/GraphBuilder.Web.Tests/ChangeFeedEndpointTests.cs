using System.Net;
using System.Text.Json;
using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary><c>/api/changes</c>: the change sets after the version a page holds, or (<c>reload</c>) why the page must fetch the whole graph instead.</summary>
public sealed class ChangeFeedEndpointTests
{
    [Fact]
    public async Task Changes_AfterThePagesVersion_CarryTheChangedRelationship_AndNothingWhenUpToDate()
    {
        var broadcaster = new GraphChangeBroadcaster();
        var before = TestGraphs.Chain(3);
        var source = new MutableGraphSource(before, broadcaster);
        await using var app = await LiveServerTests.StartAsync(source, broadcaster);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var ct = TestContext.Current.CancellationToken;

        using var graph = await http.GetAsync("/api/graph", ct);
        Assert.Equal("0", graph.Headers.GetValues("X-Graph-Version").Single());
        var epoch = graph.Headers.GetValues("X-Graph-Epoch").Single();

        var after = TestGraphs.Chain(3, quote: "an edited quote");
        source.Graph = after;
        broadcaster.Publish(GraphDiff.Between(StoreSnapshot.Of(before), after));

        var (status, body) = await GetAsync(http, $"/api/changes?since=0&epoch={epoch}", ct);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body.GetProperty("version").GetInt64());
        var change = Assert.Single(body.GetProperty("changes").EnumerateArray().ToArray());
        Assert.Equal(1, change.GetProperty("version").GetInt64());
        var changed = change.GetProperty("change").GetProperty("changedRelationships").EnumerateArray().ToArray();
        Assert.Equal(["claim-1", "claim-2"], changed.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("an edited quote 1", changed[0].GetProperty("properties").GetProperty("sources")[0].GetProperty("quote").GetString());
        Assert.Equal(0, change.GetProperty("change").GetProperty("changedNodes").GetArrayLength());

        (status, body) = await GetAsync(http, $"/api/changes?since=1&epoch={epoch}", ct);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("changes").GetArrayLength());
        Assert.False(body.TryGetProperty("reload", out _));
    }

    [Fact]
    public async Task Changes_ForAnotherRunOfTheServer_TooOld_OrWithoutDetails_TellThePageToReload_SayingWhy()
    {
        var broadcaster = new GraphChangeBroadcaster();
        var graph = TestGraphs.Chain(2);
        await using var app = await LiveServerTests.StartAsync(new MutableGraphSource(graph, broadcaster), broadcaster);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var ct = TestContext.Current.CancellationToken;
        var epoch = broadcaster.Epoch;

        var (status, body) = await GetAsync(http, "/api/changes?since=0&epoch=an-earlier-run", ct);
        Assert.Equal((HttpStatusCode.OK, "the server restarted since the page loaded"), (status, body.GetProperty("reload").GetString()));

        broadcaster.Publish();
        (status, body) = await GetAsync(http, $"/api/changes?since=0&epoch={epoch}", ct);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("change 1: the change was announced without its details", body.GetProperty("reload").GetString());

        var empty = GraphDiff.Between(StoreSnapshot.Of(graph), graph);
        for (var i = 0; i < GraphChangeBroadcaster.VersionsKept; i++) broadcaster.Publish(empty);
        (status, body) = await GetAsync(http, $"/api/changes?since=0&epoch={epoch}", ct);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("missed more than the last 64 changes", body.GetProperty("reload").GetString());
        (_, body) = await GetAsync(http, $"/api/changes?since=1&epoch={epoch}", ct);
        Assert.False(body.TryGetProperty("reload", out _));
        Assert.Equal(GraphChangeBroadcaster.VersionsKept, body.GetProperty("changes").GetArrayLength());

        (status, body) = await GetAsync(http, $"/api/changes?since=999&epoch={epoch}", ct);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("version 999 is unknown", body.GetProperty("reload").GetString());

        using var bad = await http.GetAsync("/api/changes?since=yesterday", ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public void AChangeTooLargeToSendPiecemeal_TellsThePageToReload_NamingItsSize()
    {
        var broadcaster = new GraphChangeBroadcaster();
        var large = TestGraphs.Dense(100, GraphChangeBroadcaster.LargestChangeSet);

        broadcaster.Publish(GraphDiff.Between(StoreSnapshot.Empty, large));

        var since = broadcaster.ReadChangesSince(broadcaster.Epoch, 0);
        Assert.Empty(since.Changes);
        Assert.StartsWith("change 1: the change touched 5,", since.ReloadBecause);
    }

    [Fact]
    public void TheChangesKept_StayWithinTheirByteBudget_OlderOnesAskForAReload()
    {
        var broadcaster = new GraphChangeBroadcaster();
        var diff = GraphDiff.Between(StoreSnapshot.Empty, TestGraphs.Dense(100, GraphChangeBroadcaster.LargestChangeSet - 200));
        var size = GraphChangeJson.Write(diff).Length;
        var publishes = (int)(GraphChangeBroadcaster.BytesKept / size) + 3;

        for (var i = 0; i < publishes; i++) broadcaster.Publish(diff);

        var kept = (int)(GraphChangeBroadcaster.BytesKept / size);
        Assert.Equal($"the page missed more than the last {kept} changes the server keeps", broadcaster.ReadChangesSince(broadcaster.Epoch, publishes - kept - 1).ReloadBecause);
        Assert.Equal(kept, broadcaster.ReadChangesSince(broadcaster.Epoch, publishes - kept).Changes.Count);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient http, string url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, ct);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var text = await response.Content.ReadAsStringAsync(ct);
        return (response.StatusCode, response.StatusCode == HttpStatusCode.BadRequest ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
