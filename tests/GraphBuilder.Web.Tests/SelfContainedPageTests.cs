using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

public sealed class SelfContainedPageTests(BrowserFixture browser)
{
    private static readonly GraphData Graph = TestGraphs.AlbaniaCyberattack();

    [Fact]
    public async Task Page_LoadsWithoutConsoleErrors_AndRendersEveryNodeAndRelationship()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        var nodeIds = await session.EvalAsync<string[]>("graphView.cy.nodes().map(n => n.data('gid')).sort()");
        var relIds = await session.EvalAsync<string[]>("graphView.cy.edges().map(e => e.data('gid')).sort()");
        Assert.Equal(Graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodeIds);
        Assert.Equal(Graph.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal), relIds);
        // Reports have no edges of their own: they start hidden, listed under Reports instead.
        Assert.Equal($"{Claims} claims · {Graph.Nodes.Count - Sources} entities · {Sources} reports", await session.Page.TextContentAsync("#counts"));

        var legend = await session.EvalAsync<string[]>("[...document.querySelectorAll('#type-filters input')].map(i => i.value)");
        Assert.Equal(Graph.Relationships.Select(r => r.Type).Distinct().Order(StringComparer.Ordinal), legend);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task TypeFilter_HidesExactlyThatTypesRelationships()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        await session.Page.Locator("#type-filters input[value='DENIES']").UncheckAsync();

        var hidden = await session.EvalAsync<string[]>("graphView.cy.edges('.hidden').map(e => e.data('gid')).sort()");
        var denies = Graph.Relationships.Where(r => r.Type == "DENIES").Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(denies);
        Assert.Equal(denies, hidden);
        Assert.Equal(
            $"{Claims - denies.Length} of {Claims} claims · {Graph.Nodes.Count - Sources} entities · {Sources} reports",
            await session.Page.TextContentAsync("#counts"));

        await session.Page.Locator("#type-filters input[value='DENIES']").CheckAsync();
        Assert.Equal(0, await session.EvalAsync<int>("graphView.cy.edges('.hidden').length"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task DateFilter_KeepsOverlappingAndUndatedRelationships_UntilUndatedAreHidden()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        await session.Page.FillAsync("#date-from", "2022-09-08");
        await session.Page.FillAsync("#date-to", "2022-09-08");
        var shown = await session.EvalAsync<string[]>("graphView.cy.edges().not('.hidden').map(e => e.data('gid')).sort()");
        var day = new DateOnly(2022, 9, 8);
        var expected = Graph.Relationships
            .Where(r => Start(r) is not { } s || s <= day)
            .Where(r => End(r) is not { } e || e >= day)
            .Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, shown);
        Assert.Contains("edi-rama/HOLDS_OFFICE/albania", shown); // undated stays by default
        Assert.Contains("albania-hosts-mko", shown);             // open-ended range from 2013
        Assert.Contains("iran-accuses-us", shown);               // "2022-09" covers the day
        Assert.DoesNotContain("albania-accuses-iran", shown);    // 2022-09-07 only

        await session.Page.CheckAsync("#hide-undated");
        var shownDated = await session.EvalAsync<string[]>("graphView.cy.edges().not('.hidden').map(e => e.data('gid')).sort()");
        Assert.Equal(expected.Where(id => Start(Rel(id)) is not null || End(Rel(id)) is not null), shownDated);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ClickingARelationship_ShowsEverySourceWithPublisherTitleAndQuote()
    {
        var rel = Rel("albania-accuses-iran");
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        await session.ClickElementAsync("r:" + rel.Id);

        var details = session.Page.Locator("#details");
        Assert.Equal("ACCUSES", await details.Locator("h2.type").TextContentAsync());
        Assert.Equal(rel.Sources.Count, await details.Locator(".source").CountAsync());
        var text = await details.TextContentAsync();
        foreach (var source in rel.Sources)
        {
            Assert.Contains(source.Quote, text);
            Assert.Contains(source.Publisher, text);
            Assert.Contains(source.Title, text);
        }
        Assert.Contains(rel.Properties.GetString("about")!, text);
        Assert.Contains("2022-09-07", text);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task HoveringARelationship_ShowsItsQuote()
    {
        var rel = Rel("treasury-sanctions-mois");
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        var point = await session.EvalAsync<double[]>("""
            id => { const cy = graphView.cy, e = cy.getElementById(id); cy.fit(e, 120);
              const p = e.renderedMidpoint(), b = cy.container().getBoundingClientRect(); return [b.left + p.x, b.top + p.y]; }
            """, "r:" + rel.Id);
        await session.Page.Mouse.MoveAsync((float)point[0], (float)point[1]);

        await session.Page.Locator("#details blockquote", new() { HasText = rel.Sources[0].Quote }).WaitForAsync();
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ClickingANode_HighlightsItsClaimsInBothDirections_AndListsThemByDate()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        await session.ClickElementAsync("n:iran");

        var highlighted = await session.EvalAsync<string[]>("graphView.cy.edges('.highlighted').map(e => e.data('gid')).sort()");
        var claims = Graph.Relationships
            .Where(r => !Structural.Contains(r.Type) && (r.StartId == "iran" || r.EndId == "iran"))
            .ToArray();
        Assert.Equal(claims.Select(r => r.Id).Order(StringComparer.Ordinal), highlighted);
        Assert.Contains($"Claims by date ({claims.Length})", await session.Page.TextContentAsync("#details"));
        var listed = await session.Page.Locator("#details .claim-list").First.Locator("li").AllTextContentsAsync();
        var dates = listed.Select(text => text.Split(' ')[0]).ToArray();
        // A month sorts after the days it covers (item 7 of issue 26).
        Assert.Equal(dates.OrderBy(d => d.Length == 7 ? d + "~" : d, StringComparer.Ordinal), dates);

        // Focus on one type instead.
        await session.Page.SelectOptionAsync("#focus-type", "ACCUSES");
        await session.ClickElementAsync("n:iran");
        highlighted = await session.EvalAsync<string[]>("graphView.cy.edges('.highlighted').map(e => e.data('gid')).sort()");
        Assert.Equal(claims.Where(r => r.Type == "ACCUSES").Select(r => r.Id).Order(StringComparer.Ordinal), highlighted);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Search_MatchesAliases_AndSelectsTheNode()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        await session.Page.FillAsync("#search", "mek");

        Assert.Equal(["mko"], await session.EvalAsync<string[]>("graphView.cy.nodes('.match').map(n => n.data('gid'))"));
        Assert.Equal("1 match", await session.Page.TextContentAsync("#search-result"));
        Assert.Equal("People's Mojahedin Organization of Iran", await session.Page.TextContentAsync("#details h3"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task LayoutSwitch_RunsEveryLayoutWithoutErrors()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        var layouts = await session.EvalAsync<string[]>("[...document.querySelectorAll('#layout option')].map(o => o.value)");
        foreach (var layout in layouts)
        {
            await session.Page.SelectOptionAsync("#layout", layout);
            var spread = await session.EvalAsync<double>("(() => { const b = graphView.cy.nodes().boundingBox(); return b.w + b.h; })()");
            Assert.True(spread > 0, $"layout {layout} left every node in one place");
        }
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task EmptyGraph_RendersWithoutErrors()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(GraphData.Empty);

        Assert.Equal("0 claims · 0 entities · 0 reports", await session.Page.TextContentAsync("#counts"));
        Assert.Equal(0, await session.EvalAsync<int>("document.querySelectorAll('#type-filters input').length"));
        Assert.Empty(session.Errors);
    }

    private static readonly string[] Structural = ["HOLDS_OFFICE", "PART_OF", "MEMBER_OF"];

    private static int Sources => Graph.Nodes.Count(n => n.Label == "Source");

    private static int Claims => Graph.Relationships.Count(r => r.Type is not ("HOLDS_OFFICE" or "PART_OF" or "MEMBER_OF"));

    private static GraphRelationship Rel(string id) => Graph.Relationships.Single(r => r.Id == id);

    private static DateOnly? Start(GraphRelationship r) => r.Properties.GetDate("date_start");

    private static DateOnly? End(GraphRelationship r) => r.Properties.GetDate("date_end");
}
