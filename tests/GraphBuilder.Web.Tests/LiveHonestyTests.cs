using System.Text.Json;
using GraphBuilder.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Web.Tests;

/// <summary>Item 7: the served page says when the seeds are invalid or the store is behind, instead of "live · updated".</summary>
public sealed class LiveHonestyTests(BrowserFixture browser)
{
    private static readonly Diagnostic[] Problems =
    [
        new(new SourcePosition("facts/accusations.yaml", 14, 14), "unknown entity 'irann'", "did you mean 'iran'?"),
        new(new SourcePosition("facts/hosting.yaml", 9, 11), "'from' is not a real date: February 2022 has 28 days"),
    ];

    [Fact]
    public async Task StatusEndpoint_AndEventStream_ReportInvalidSeeds_WithPositions()
    {
        var broadcaster = new GraphChangeBroadcaster();
        await using var app = await LiveServerTests.StartAsync(new MutableGraphSource(TestGraphs.Chain(2), broadcaster), broadcaster);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var ct = TestContext.Current.CancellationToken;
        using var response = await http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, ct);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        Assert.Contains("\"state\":\"unknown\"", (await LiveServerTests.ReadEventAsync(reader, ct, "status")).Data);

        app.Services.GetRequiredService<GraphViewStatus>().ReportInvalid(Problems);

        Assert.Contains("\"state\":\"invalid\"", (await LiveServerTests.ReadEventAsync(reader, ct, "status")).Data);
        using var status = JsonDocument.Parse(await http.GetStringAsync("/api/status", ct));
        Assert.Equal("invalid", status.RootElement.GetProperty("state").GetString());
        var first = status.RootElement.GetProperty("errors")[0];
        Assert.Equal(("facts/accusations.yaml", 14, 14), (first.GetProperty("path").GetString(), first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32()));
        Assert.Equal("unknown entity 'irann' (did you mean 'iran'?)", first.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ServedPage_ShowsTheErrorsAndThatItShowsTheLastGoodGraph_UntilTheSeedsAreFixed()
    {
        var broadcaster = new GraphChangeBroadcaster();
        await using var app = await LiveServerTests.StartAsync(new MutableGraphSource(TestGraphs.Chain(3), broadcaster), broadcaster);
        var status = app.Services.GetRequiredService<GraphViewStatus>();
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.Page.GotoAsync(app.Urls.Single() + "/");
        await session.WaitForRendersAsync(1);
        Assert.False(await session.Page.IsVisibleAsync("#banner"));

        status.ReportInvalid(Problems);

        var banner = session.Page.Locator("#banner");
        await banner.Locator("li").First.WaitForAsync();
        var text = await banner.TextContentAsync();
        Assert.Contains("2 errors", text);
        Assert.Contains("last good graph", text);
        Assert.Contains("facts/accusations.yaml:14:14: unknown entity 'irann' (did you mean 'iran'?)", text);
        Assert.Contains("facts/hosting.yaml:9:11: 'from' is not a real date", text);
        Assert.Equal(3, await session.EvalAsync<int>("graphView.cy.nodes().length"));

        status.ReportStoreBehind("the store is unreachable: connection refused");
        await session.Page.WaitForFunctionAsync("() => document.querySelector('#banner').textContent.includes('behind')", null, new() { Timeout = 30_000 });
        Assert.Contains("connection refused", await banner.TextContentAsync());

        status.ReportInSync();
        await session.Page.WaitForFunctionAsync("() => document.querySelector('#banner').hidden", null, new() { Timeout = 30_000 });
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ExportedPage_ShowsNoSyncBanner()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(TestGraphs.Chain(2));

        Assert.False(await session.Page.IsVisibleAsync("#banner"));
        Assert.Equal("offline export", await session.Page.TextContentAsync("#status"));
    }
}
