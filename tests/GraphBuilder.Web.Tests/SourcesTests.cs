using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Web.Tests;

/// <summary>Item 5: what a report claims, with quotes and a link; filters for one report, or for what several agree on.</summary>
public sealed class SourcesTests(BrowserFixture browser)
{
    private static readonly GraphData Graph = TestGraphs.AlbaniaCyberattack();

    [Fact]
    public async Task PickingAReport_ShowsWhatItClaimsWithQuotes_AndLinksToIt()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        await session.Page.ClickAsync("#report-list button:text('Albania cuts ties with Iran over cyberattack')");

        var cited = Graph.Relationships.Where(r => r.Sources.Any(s => s.SourceId == "wire-2022-09-07")).ToArray();
        var details = await session.Page.TextContentAsync("#details");
        Assert.Contains($"What this report claims ({Counted(cited)})", details);
        foreach (var quote in cited.SelectMany(r => r.Sources).Where(s => s.SourceId == "wire-2022-09-07").Select(s => s.Quote))
            Assert.Contains(quote, details);
        var link = session.Page.Locator("#details .url a");
        Assert.Equal(TestGraphs.WireUrl, await link.GetAttributeAsync("href"));
        Assert.Equal("noopener noreferrer", await link.GetAttributeAsync("rel"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task AReportsNode_ShowsItsClaims_WhenShownInTheGraph()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);
        await session.Page.CheckAsync("#label-filters input[value='Source']");

        // A tap as cytoscape delivers it (its hit testing of freshly shown nodes is its own business).
        await session.EvalAsync<bool>("(() => { graphView.cy.getElementById('n:tehran-times-2022-09-09').emit('tap'); return true; })()");

        var cited = Graph.Relationships.Where(r => r.Sources.Any(s => s.SourceId == "tehran-times-2022-09-09")).ToArray();
        Assert.Contains($"What this report claims ({Counted(cited)})", await session.Page.TextContentAsync("#details"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ReportFilter_ShowsOnlyWhatOneReportSays()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        await session.Page.SelectOptionAsync("#report", "tehran-times-2022-09-09");

        var shown = await session.EvalAsync<string[]>("graphView.cy.edges().not('.hidden').map(e => e.data('gid')).sort()");
        var expected = Graph.Relationships.Where(r => r.Sources.Any(s => s.SourceId == "tehran-times-2022-09-09")).Select(r => r.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, shown);
        Assert.Equal("tehran-times-2022-09-09", (await session.FragmentAsync())["report"]);
    }

    [Fact]
    public async Task AgreementFilter_ShowsOnlyWhatSeveralReportsAgreeOn()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        await session.Page.FillAsync("#agree", "2");
        await session.Page.DispatchEventAsync("#agree", "change");

        var shown = await session.EvalAsync<string[]>("graphView.cy.edges().not('.hidden').map(e => e.data('gid')).sort()");
        Assert.Equal(["albania-accuses-iran", "treasury-sanctions-mois"], shown);
    }

    /// <summary>"3 claims and 1 link": claims and structural links counted apart, as the page counts them.</summary>
    private static string Counted(GraphRelationship[] cited)
    {
        var links = cited.Count(r => r.Type is "HOLDS_OFFICE" or "PART_OF" or "MEMBER_OF");
        var claims = cited.Length - links;
        return $"{claims} claim{(claims == 1 ? "" : "s")}" + (links == 0 ? "" : $" and {links} link{(links == 1 ? "" : "s")}");
    }

    [Fact]
    public async Task AgreementFilter_CountsAReprintAsTheOutletItCarries()
    {
        // The Treasury's page now reprints the wire's story: its sanctions claim has one origin, not two.
        var reprinted = new GraphData(
            Graph.Nodes.Select(n => n.Id == "treasury-2022-09-09" ? n with { Properties = n.Properties.With("carries", new StringValue("Wire service")) } : n),
            Graph.Relationships);
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(reprinted);

        await session.Page.FillAsync("#agree", "2");
        await session.Page.DispatchEventAsync("#agree", "change");

        var shown = await session.EvalAsync<string[]>("graphView.cy.edges().not('.hidden').map(e => e.data('gid')).sort()");
        Assert.Equal(["albania-accuses-iran"], shown);
    }
}
