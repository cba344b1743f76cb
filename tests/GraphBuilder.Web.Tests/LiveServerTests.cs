using GraphBuilder.Graph;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Web.Tests;

public sealed class LiveServerTests(BrowserFixture browser)
{
    [Fact]
    public async Task ServedPage_LoadsTheGraph_AndRefreshesAfterPublish()
    {
        var broadcaster = new GraphChangeBroadcaster();
        var source = new MutableGraphSource(TestGraphs.Chain(2), broadcaster);
        await using var app = await StartAsync(source, broadcaster);
        var url = app.Urls.Single();

        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.Page.GotoAsync(url + "/");
        await session.WaitForRendersAsync(1);
        Assert.Equal(2, await session.EvalAsync<int>("graphView.cy.nodes().length"));
        Assert.Equal("1 claim · 2 entities · 0 reports", await session.Page.TextContentAsync("#counts"));

        source.Graph = TestGraphs.Chain(3);
        broadcaster.Publish();

        await session.Page.WaitForFunctionAsync("() => graphView.cy.nodes().length === 3", null, new() { Timeout = 30_000 });
        Assert.Equal(2, await session.EvalAsync<int>("graphView.cy.edges().length"));
        await Assertions.ExpectTextAsync(session, "#counts", "2 claims · 3 entities · 0 reports");

        // A change that adds no node re-renders in place: nothing moves.
        const string Positions = "graphView.cy.nodes().map(n => n.id() + '@' + Math.round(n.position('x')) + ',' + Math.round(n.position('y')))";
        var before = await session.EvalAsync<string[]>(Positions);
        var renders = await session.EvalAsync<int>("graphView.renders");
        source.Graph = TestGraphs.Chain(3, quote: "an edited quote");
        broadcaster.Publish();
        await session.WaitForRendersAsync(renders + 1);
        Assert.Equal(before, await session.EvalAsync<string[]>(Positions));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ServedPage_AppliesAPublishedChange_InPlace_WithoutFetchingTheGraphAgain()
    {
        var broadcaster = new GraphChangeBroadcaster();
        var before = TestGraphs.Chain(3);
        var source = new MutableGraphSource(before, broadcaster);
        await using var app = await StartAsync(source, broadcaster);
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.Page.GotoAsync(app.Urls.Single() + "/#tab=claims");
        await session.WaitForRendersAsync(1);
        Assert.Contains("claim 1", await session.Page.TextContentAsync("#claims-table"));

        var after = TestGraphs.Chain(3, quote: "an edited quote");
        source.Graph = after;
        broadcaster.Publish(GraphDiff.Between(StoreSnapshot.Of(before), after));

        await session.Page.WaitForFunctionAsync("() => graphView.version === 1", null, new() { Timeout = 30_000 });
        Assert.Contains("an edited quote 1", await session.Page.TextContentAsync("#claims-table"));
        Assert.Contains("change 1: 2 relationships changed", await session.Page.TextContentAsync("#status"));
        Assert.Equal(1, session.Requests.Count(url => url.Contains("/api/graph", StringComparison.Ordinal)));
        Assert.Equal((1, 1, 1), (source.Reads, await session.EvalAsync<int>("graphView.renders"), await session.EvalAsync<int>("graphView.changes")));
        Assert.Equal(2, await session.EvalAsync<int>("graphView.cy.edges().length"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ServedPage_PatchedInPlace_HoldsTheSameModelAsOneBuiltFromTheNewGraph()
    {
        var v0 = TestGraphs.AlbaniaCyberattack();
        var reuters = v0.Nodes.Single(n => n.Id == "wire-2022-09-07");
        var rels = v0.Relationships.Where(r => r.Id != "uk-accuses-iran").Select(r => r.Id switch
        {
            "albania-accuses-iran" => GraphFactory.Rel(r.Id, r.Type, r.StartId, r.EndId, "2022-09-07", "an edited account", null, [.. r.Sources]),
            "edi-rama/HOLDS_OFFICE/albania" => GraphFactory.Rel(r.Id, r.Type, r.StartId, r.EndId, sources: GraphFactory.Cite(reuters, "Albania's Prime Minister")),
            _ => r,
        }).ToList();
        rels.Add(GraphFactory.Rel("nato-accuses-iran", "ACCUSES", "nato", "iran", "2022-09-09", "the cyberattack", null, GraphFactory.Cite(reuters, "NATO blamed Iran")));
        rels.Add(GraphFactory.Stated(GraphFactory.Rel("us-accuses-iran-again", "ACCUSES", "united-states", "iran", "2022-09-08", "again", null, GraphFactory.Cite(reuters, "the US again")), "us-again"));
        var nodes = v0.Nodes.Select(n => n.Id == "edi-rama" ? GraphFactory.Node(n.Id, n.Label, "Edi Rama (renamed)", "official", role: "Prime Minister of Albania") : n)
            .Append(GraphFactory.Node("north-macedonia", "State", "North Macedonia", "state"));
        // Another report dates the MKO's hosting from 2016: the two "since" accounts disagree.
        rels.Add(GraphFactory.Rel("albania-hosts-mko-2016", "HOSTS", "albania", "mko", null, "the camp", new DateOnly(2016, 1, 1), GraphFactory.Cite(reuters, "since 2016")));
        var v1 = new GraphData(nodes, rels);
        // A second report of the same statement joins the claim the first change made, and the 2016 account comes round to 2013.
        var v2 = new GraphData(v1.Nodes, v1.Relationships.Where(r => r.Id != "albania-hosts-mko-2016").Append(GraphFactory.Stated(GraphFactory.Rel(
            "us-accuses-iran-again-b", "ACCUSES", "united-states", "iran", "2022-09-08", "again", null, GraphFactory.Cite(reuters, "Washington again")), "us-again"))
            .Append(GraphFactory.Rel("albania-hosts-mko-2016", "HOSTS", "albania", "mko", null, "the camp", new DateOnly(2013, 1, 1), GraphFactory.Cite(reuters, "since 2013"))));

        var broadcaster = new GraphChangeBroadcaster();
        var source = new MutableGraphSource(v0, broadcaster);
        await using var app = await StartAsync(source, broadcaster);
        await using var session = await PageSession.OpenAsync(browser.Browser);
        // Filters on: what the change touches must be shown or hidden as a full pass of the filters would.
        await session.Page.GotoAsync(app.Urls.Single() + "/#from=2022-09-08&hide=DENIES");
        await session.WaitForRendersAsync(1);

        var version = 0;
        foreach (var (before, after) in new[] { (v0, v1), (v1, v2) })
        {
            source.Graph = after;
            broadcaster.Publish(GraphDiff.Between(StoreSnapshot.Of(before), after));
            await session.Page.WaitForFunctionAsync("v => graphView.version === v", ++version, new() { Timeout = 30_000 });
            Assert.DoesNotContain("redrawn", await session.Page.TextContentAsync("#status"));
            var models = await session.EvalAsync<string[]>(ModelFingerprints, GraphBuilder.Export.JsonGraphWriter.ToJson(after, indented: false));
            Assert.Equal(models[1], models[0]);
            Assert.Equal(version == 1, await session.EvalAsync<bool>("graphView.cy.getElementById('r:albania-hosts-mko').data('disputed')"));
            var patched = await session.EvalAsync<string>(Visibility);
            await session.EvalAsync<bool>("document.getElementById('hide-undated').dispatchEvent(new Event('change')) || true");
            Assert.Equal(await session.EvalAsync<string>(Visibility), patched);
        }
        Assert.Equal(1, session.Requests.Count(url => url.Contains("/api/graph", StringComparison.Ordinal)));
        Assert.True(await session.EvalAsync<bool>("graphView.cy.getElementById('r:nato-accuses-iran').nonempty()"));
        Assert.Equal("Edi Rama (renamed)", await session.EvalAsync<string>("graphView.cy.getElementById('n:edi-rama').data('name')"));
        Assert.Empty(session.Errors);
    }

    private const string Visibility = """
        Array.from(graphView.cy.elements('.hidden').map(e => e.id())).sort().join(',') + ' | ' +
        Array.from(graphView.state.visibleClaimIds).sort().join(',') + ' | ' + document.getElementById('counts').textContent
        """;

    /// <summary>What the page's model says (claims, counts, entities, edges, legends), for the patched model and for one built from the given graph.</summary>
    private const string ModelFingerprints = """
        graphJson => {
          const ns = window.GraphBuilderView, types = JSON.parse(document.getElementById('graphbuilder-config').textContent).types;
          const sorted = list => list.map(x => JSON.stringify(x)).sort();
          const fp = m => JSON.stringify({
            claims: m.claims.map(c => [c.id, c.type, c.from, c.to, c.fromName, c.toName, c.about, c.when, c.sortKey, c.edgeIds.join(','),
              c.sources.map(s => s.quote).join('|'), Array.from(c.sourceIds).join(','), Array.from(c.originIds).join(','), c.outlets.length, c.disputes.map(d => d.id).join(',')]),
            counts: m.counts,
            nodes: sorted(Array.from(m.nodeById.values()).map(n => [n.gid, n.name, n.label, n.claims, n.isSource, n.search])),
            edges: sorted(m.elements.filter(e => e.group === 'edges').map(e => [e.data.id, e.data.claim || '', e.data.disputed, e.data.when, e.data.source, e.data.target, e.data.props])),
            typeCounts: sorted(Array.from(m.typeCounts)), labelCounts: sorted(Array.from(m.labelCounts)),
            claimCounts: sorted(Array.from(m.claimCounts).filter(kv => kv[1] > 0)), principals: sorted(Array.from(m.principals)), sources: m.sources.map(s => s.gid).sort()
          });
          return [fp(graphView.state.model), fp(ns.model.build(JSON.parse(graphJson), types))];
        }
        """;

    [Fact]
    public async Task ASourceSignallingApartFromTheChangeFeed_StillRefreshesThePage_ByReloadingTheGraph()
    {
        var feed = new GraphChangeBroadcaster();
        var own = new GraphChangeBroadcaster();
        var source = new MutableGraphSource(TestGraphs.Chain(2), own);
        await using var app = await StartAsync(source, feed);
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.Page.GotoAsync(app.Urls.Single() + "/");
        await session.WaitForRendersAsync(1);

        source.Graph = TestGraphs.Chain(3);
        own.Publish();

        await session.Page.WaitForFunctionAsync("() => graphView.cy.nodes().length === 3", null, new() { Timeout = 30_000 });
        Assert.Contains("the server announced a change its change feed does not hold", await session.Page.TextContentAsync("#status"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task GraphEndpoint_ServesTheExportJson()
    {
        var broadcaster = new GraphChangeBroadcaster();
        var graph = TestGraphs.AlbaniaCyberattack();
        await using var app = await StartAsync(new MutableGraphSource(graph, broadcaster), broadcaster);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var response = await http.GetAsync("/api/graph", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(GraphBuilder.Export.JsonGraphWriter.ToJson(graph, indented: false), body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(graph.Nodes.Count, json.RootElement.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task GraphEndpoint_AnswersServiceUnavailable_WithTheStoresMessage_WhenTheStoreCannotBeRead()
    {
        var broadcaster = new GraphChangeBroadcaster();
        await using var app = await StartAsync(new UnreadableStoreSource(broadcaster), broadcaster);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var response = await http.GetAsync("/api/graph", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(UnreadableStoreSource.Message, body);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    /// <summary>A store that cannot be read yet, as before the worker's first sync.</summary>
    private sealed class UnreadableStoreSource(GraphChangeBroadcaster changes) : IGraphViewSource
    {
        public const string Message = "SQLite store graph.db does not exist yet; run 'graphbuilder sync' first";

        public Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken) => throw new GraphBuilder.Stores.StoreException(Message);

        public IAsyncEnumerable<long> WatchChangesAsync(CancellationToken cancellationToken) => changes.WatchChangesAsync(cancellationToken);
    }

    [Fact]
    public async Task EventsEndpoint_SendsTheCurrentVersion_ThenEachPublish()
    {
        var broadcaster = new GraphChangeBroadcaster();
        await using var app = await StartAsync(new MutableGraphSource(TestGraphs.Chain(2), broadcaster), broadcaster);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var ct = TestContext.Current.CancellationToken;

        using var response = await http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, ct);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));

        Assert.Equal(("graph-changed", "0"), await ReadEventAsync(reader, ct, "graph-changed"));
        broadcaster.Publish();
        Assert.Equal(("graph-changed", "1"), await ReadEventAsync(reader, ct, "graph-changed"));
    }

    [Fact]
    public async Task PageUnderAPrefix_PointsAtItsOwnEndpoints()
    {
        var broadcaster = new GraphChangeBroadcaster();
        await using var app = await StartAsync(new MutableGraphSource(TestGraphs.Chain(2), broadcaster), broadcaster, "/view");
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var ct = TestContext.Current.CancellationToken;

        var page = await http.GetStringAsync("/view", ct);
        var graph = await http.GetStringAsync("/view/api/graph", ct);

        Assert.Contains("\"graphUrl\":\"/view/api/graph\"", page);
        Assert.Contains("\"eventsUrl\":\"/view/api/events\"", page);
        Assert.StartsWith("{\"nodes\":[", graph);
    }

    [Fact]
    public async Task MapGraphView_WithoutAGraphSource_FailsAtStartup()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapGraphView());
        Assert.Contains("AddGraphView", error.Message);
    }

    /// <summary>Reads the next event (the next one named <paramref name="only"/>, when given).</summary>
    internal static async Task<(string Event, string Data)> ReadEventAsync(StreamReader reader, CancellationToken ct, string? only = null)
    {
        string? name = null, data = null;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0 && data is not null)
            {
                if (only is null || (name ?? "message") == only) return (name ?? "message", data);
                name = data = null;
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line["data: ".Length..];
        }
        throw new EndOfStreamException("The event stream ended.");
    }

    internal static async Task<WebApplication> StartAsync(IGraphViewSource source, GraphChangeBroadcaster broadcaster, string prefix = "/", GraphBuilder.Schema.Vocabulary? vocabulary = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (vocabulary is not null) builder.Services.AddSingleton(vocabulary);
        builder.Services.AddSingleton(broadcaster);
        builder.Services.AddSingleton(source);
        builder.Services.AddGraphView();
        var app = builder.Build();
        app.MapGraphView(prefix);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }
}
