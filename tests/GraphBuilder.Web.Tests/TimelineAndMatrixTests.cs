using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary>Items 3 and 4: the timeline with its range brush, and the accuser × accused matrix.</summary>
public sealed class TimelineAndMatrixTests(BrowserFixture browser)
{
    private static readonly GraphData Graph = TestGraphs.AlbaniaCyberattack();

    [Fact]
    public async Task Timeline_DrawsDayDatedClaimsAsDots_MonthDatedAsBars_AndListsUndatedApart()
    {
        var graph = new GraphData(Graph.Nodes, [.. Graph.Relationships, GraphFactory.Rel("undated-claim", "ACCUSES", "iran", "nato",
            sources: GraphFactory.Cite(Graph.Nodes.Single(n => n.Id == "wire-2022-09-07"), "an undated accusation"))]);
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(graph, "#tab=timeline");

        Assert.Equal("circle", await MarkTag(session, "r:albania-accuses-iran"));
        Assert.Equal("rect", await MarkTag(session, "r:iran-accuses-us"));       // "2022-09": the whole month
        Assert.Equal("rect", await MarkTag(session, "r:albania-hosts-mko"));     // from 2013, open-ended
        Assert.Contains("since 2013-01-01", await session.Page.TextContentAsync("#timeline"));
        var undated = await session.Page.TextContentAsync(".undated");
        Assert.Contains("Undated claims (1)", undated);
        Assert.Contains("Iran ACCUSES NATO", undated);
        var dotted = Graph.Relationships.Count(r => r.Type is not ("HOLDS_OFFICE" or "PART_OF" or "MEMBER_OF"));
        Assert.Equal(dotted, await session.EvalAsync<int>("document.querySelectorAll('#timeline .mark').length"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task BrushingARange_FiltersTheGraphAndTheTableTogether()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph, "#tab=timeline");

        // Drag along the axis from just after the start of 2022-09-08 to late that day.
        var span = await session.EvalAsync<double[]>("""
            (() => { const centre = id => { const r = document.querySelector(`#timeline [data-claim="${id}"]`).getBoundingClientRect(); return r.left + r.width / 2; };
              const day = centre('r:nato-condemns-iran'), next = centre('r:treasury-sanctions-mois');
              const axis = document.querySelector('#timeline').getBoundingClientRect();
              return [day + 1, day + (next - day) * 0.9, axis.bottom - 12]; })()
            """);
        await session.Page.Mouse.MoveAsync((float)span[0], (float)span[2]);
        await session.Page.Mouse.DownAsync();
        await session.Page.Mouse.MoveAsync((float)span[1], (float)span[2], new() { Steps = 5 });
        await session.Page.Mouse.UpAsync();

        Assert.Equal("2022-09-08", await session.Page.InputValueAsync("#date-from"));
        Assert.Equal("2022-09-08", await session.Page.InputValueAsync("#date-to"));
        var shown = await session.EvalAsync<string[]>("graphView.cy.edges().not('.hidden').filter(e => e.data('category') !== 'structural').map(e => e.data('gid')).sort()");
        Assert.Equal(["albania-hosts-mko", "iran-accuses-us", "iran-condemns-albania", "iran-denies-albania", "nato-condemns-iran", "nato-supports-albania"], shown);
        await session.Page.ClickAsync("#tab-claims");
        Assert.Equal(shown.Length, await session.EvalAsync<int>("document.querySelectorAll('#claims-table tr.claim').length"));

        await session.Page.ClickAsync("#tab-timeline");
        await session.Page.ClickAsync("#timeline-clear");
        Assert.Equal("", await session.Page.InputValueAsync("#date-from"));
        Assert.Equal(0, await session.EvalAsync<int>("graphView.cy.edges('.hidden').length"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Matrix_CountsClaimsOfTheChosenType_AccuserByAccused_AndACellOpensThemWithQuotes()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph, "#tab=matrix");

        // The default: the adversarial type with the most claims.
        Assert.Equal("ACCUSES", await session.Page.InputValueAsync("#matrix-type"));
        var rows = await session.EvalAsync<string[]>("[...document.querySelectorAll('#matrix tbody th')].map(t => t.textContent)");
        var accusers = Graph.Relationships.Where(r => r.Type == "ACCUSES").Select(r => r.StartId).Distinct().Count();
        Assert.Equal(accusers, rows.Length);
        Assert.Equal("Iran", await session.Page.TextContentAsync("#matrix thead th:nth-child(2)")); // most accused first

        await session.Page.SelectOptionAsync("#matrix-type", "CONDEMNS");
        var cell = session.Page.Locator("#matrix button.cell[data-from='united-states'][data-to='iran']");
        Assert.StartsWith("1 ", await cell.TextContentAsync());
        await cell.ClickAsync();

        var details = await session.Page.TextContentAsync("#details");
        Assert.Contains("United States → Iran: CONDEMNS (1 claim)", details);
        Assert.Contains("the United States strongly condemned Iran's cyberattack", details);
        Assert.Empty(session.Errors);
    }

    private static Task<string> MarkTag(PageSession session, string claim) =>
        session.EvalAsync<string>($"document.querySelector('#timeline .mark[data-claim=\"{claim}\"]').tagName");
}
