using System.Net;
using System.Text.Json;
using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Web.Tests;

/// <summary>
/// The served page's first view of a large graph is served small: <c>/api/graph?top=N</c> sends the N busiest entities,
/// what lies among them and the whole graph's totals; "Show everything" fetches the rest; small graphs load whole.
/// </summary>
public sealed class FirstViewTests(BrowserFixture browser)
{
    [Fact]
    public async Task GraphEndpointWithTop_SendsTheBusiestEntitiesByClaims_TheRelationshipsAmongThem_AndTheWholeGraphsTotals()
    {
        var broadcaster = new GraphChangeBroadcaster();
        var graph = TestGraphs.Hubs();
        await using var app = await LiveServerTests.StartAsync(new MutableGraphSource(graph, broadcaster), broadcaster, vocabulary: SomeVocabulary.FromRepository());
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var ct = TestContext.Current.CancellationToken;

        using var response = await http.GetAsync("/api/graph?top=3", ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Echo's 1,600 facts are one statement, the office holder's links are structural, the report is cited: none is chosen.
        Assert.Equal(["dense-source", "hub-1", "hub-2", "hub-3"], json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["link-1-2", "link-2-3"], json.RootElement.GetProperty("relationships").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("1006", response.Headers.GetValues("X-Graph-Total-Entities").Single());
        Assert.Equal("3602", response.Headers.GetValues("X-Graph-Total-Relationships").Single());
        Assert.Equal("0", response.Headers.GetValues("X-Graph-Version").Single());
        Assert.Equal(broadcaster.Epoch, response.Headers.GetValues("X-Graph-Epoch").Single());

        using var bad = await http.GetAsync("/api/graph?top=many", ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task GraphEndpointWithTop_SendsASmallGraphWhole_WithoutTotals()
    {
        var broadcaster = new GraphChangeBroadcaster();
        var graph = TestGraphs.Dense(nodeCount: 70, relationshipCount: 3000);
        await using var app = await LiveServerTests.StartAsync(new MutableGraphSource(graph, broadcaster), broadcaster);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var ct = TestContext.Current.CancellationToken;

        using var response = await http.GetAsync("/api/graph?top=3", ct);

        Assert.Equal(GraphBuilder.Export.JsonGraphWriter.ToJson(graph, indented: false), await response.Content.ReadAsStringAsync(ct));
        Assert.False(response.Headers.Contains("X-Graph-Total-Entities"));
        Assert.Equal("0", response.Headers.GetValues("X-Graph-Version").Single());
    }

    [Fact]
    public async Task TheServersBusiestEntities_AreThoseTheExportedPageRanksFirst()
    {
        // The exported page holds its whole graph and ranks in the page (filters.js topSet); the server mirrors that rule.
        var graph = TestGraphs.Hubs();
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(graph);

        var page = await session.EvalAsync<string[]>("Array.from(graphView.state.topSet).sort()");
        var server = GraphFirstView.Select(graph, SomeVocabulary.FromRepository(), 50)!.Graph.Nodes.Where(n => n.Label != "Source").Select(n => n.Id);
        Assert.Equal(server.Order(StringComparer.Ordinal), page.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ServedLargeGraph_FirstLoadsItsBusiestEntities_SaysWhatIsNotLoaded_AndShowEverythingFetchesTheRest()
    {
        var broadcaster = new GraphChangeBroadcaster();
        var graph = TestGraphs.Hubs();
        await using var app = await LiveServerTests.StartAsync(new MutableGraphSource(graph, broadcaster), broadcaster, vocabulary: SomeVocabulary.FromRepository());
        await using var session = await PageSession.OpenAsync(browser.Browser);
        var bytes = new List<int>();
        session.Page.Response += async (_, r) => { if (r.Url.Contains("/api/graph", StringComparison.Ordinal)) { var body = await r.BodyAsync(); lock (bytes) bytes.Add(body.Length); } };
        await session.Page.GotoAsync(app.Urls.Single() + "/");
        await session.WaitForRendersAsync(1);

        var first = Assert.Single(session.Requests, url => url.Contains("/api/graph", StringComparison.Ordinal));
        Assert.EndsWith("/api/graph?top=50", first);
        var part = GraphFirstView.Select(graph, SomeVocabulary.FromRepository(), 50)!;
        Assert.Equal(part.Graph.Relationships.Count, await session.EvalAsync<int>("graphView.cy.edges().length"));
        Assert.Equal(50, await session.EvalAsync<int>("graphView.cy.nodes().not('.hidden').length"));
        Assert.True(await session.EvalAsync<bool>("graphView.cy.getElementById('n:hub-3').nonempty() && graphView.cy.getElementById('n:echo-1').empty()"));
        var notice = await session.Page.TextContentAsync("#notice");
        Assert.Contains("showing the 50 entities with the most claims", notice);
        Assert.Contains($"956 of 1,006 entities and {3602 - part.Graph.Relationships.Count:N0} of 3,602 relationships are not loaded", notice);

        await session.Page.ClickAsync("#show-everything");
        await session.WaitForRendersAsync(2);

        Assert.Equal(2, session.Requests.Count(url => url.Contains("/api/graph", StringComparison.Ordinal)));
        Assert.EndsWith("/api/graph", session.Requests.Last(url => url.Contains("/api/graph", StringComparison.Ordinal)));
        Assert.Equal(graph.Relationships.Count, await session.EvalAsync<int>("graphView.cy.edges().length"));
        Assert.False(await session.Page.IsVisibleAsync("#notice"));
        lock (bytes) Assert.True(bytes.Count == 2 && bytes[0] * 10 < bytes[1], $"first response {bytes[0]} bytes, whole graph {bytes[^1]}");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ServedLargeGraph_AChangeToEntitiesNotLoaded_IsCountedInTheTotals_WhileOneAmongThemIsDrawn()
    {
        var before = TestGraphs.Hubs();
        var report = before.Nodes.Single(n => n.Label == "Source");
        var after = new GraphData(before.Nodes, before.Relationships
            .Append(GraphFactory.Rel("quiet-accuses", "ACCUSES", "leaf-900", "leaf-901", "2022-09-08", "a quiet accusation", null, GraphFactory.Cite(report, "a quiet quote")))
            .Append(GraphFactory.Rel("link-1-3", "ACCUSES", "hub-1", "hub-3", "2022-09-08", "a loud accusation", null, GraphFactory.Cite(report, "a loud quote"))));
        var broadcaster = new GraphChangeBroadcaster();
        var source = new MutableGraphSource(before, broadcaster);
        await using var app = await LiveServerTests.StartAsync(source, broadcaster, vocabulary: SomeVocabulary.FromRepository());
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.Page.GotoAsync(app.Urls.Single() + "/");
        await session.WaitForRendersAsync(1);

        source.Graph = after;
        broadcaster.Publish(GraphDiff.Between(StoreSnapshot.Of(before), after));

        await session.Page.WaitForFunctionAsync("() => graphView.version === 1", null, new() { Timeout = 30_000 });
        Assert.True(await session.EvalAsync<bool>("graphView.cy.getElementById('r:link-1-3').nonempty() && graphView.cy.getElementById('r:quiet-accuses').empty()"));
        var notice = await session.Page.TextContentAsync("#notice");
        Assert.Contains("of 3,604 relationships are not loaded", notice);
        Assert.Contains("1 element is outside the 50 entities loaded, so it is counted in the totals but not drawn or listed", notice);
        Assert.Contains("1 not loaded", await session.Page.TextContentAsync("#status"));
        Assert.Equal(1, session.Requests.Count(url => url.Contains("/api/graph", StringComparison.Ordinal)));
        Assert.Empty(session.Errors);
    }
}
