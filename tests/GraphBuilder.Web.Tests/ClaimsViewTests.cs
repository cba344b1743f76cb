using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary>Item 2: the claims table, linked both ways with the graph.</summary>
public sealed class ClaimsViewTests(BrowserFixture browser)
{
    private static readonly GraphData Graph = TestGraphs.AlbaniaCyberattack();
    private static readonly string[] Structural = ["HOLDS_OFFICE", "PART_OF", "MEMBER_OF"];

    private static IEnumerable<GraphRelationship> Claims => Graph.Relationships.Where(r => !Structural.Contains(r.Type));

    [Fact]
    public async Task ClaimsTable_ListsEveryClaim_ButNoStructuralLink_WithDateEndsAboutAndSourceCount()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph, "#tab=claims");

        var rows = await Rows(session);
        Assert.Equal(Claims.Count(), rows.Length);
        var accusation = Assert.Single(rows, r => r[3] == "Albania" && r[2] == "ACCUSES");
        Assert.Equal(["2022-09-07", "ACCUSES", "Albania", "Iran", "the July 2022 cyberattack on Albanian government systems"], accusation[1..6]);
        Assert.StartsWith("2 reports: Wire service, 2022-09-07 · Tehran Times, 2022-09-09", accusation[6]);
        var hosting = Assert.Single(rows, r => r[2] == "HOSTS");
        Assert.Equal("2013-01-01 – …", hosting[1]);
        Assert.Equal("2022-09 (month)", Assert.Single(rows, r => r[2] == "ACCUSES" && r[3] == "Iran")[1]);
        Assert.Equal($"{Claims.Count()} claims", await session.Page.TextContentAsync("#claims-count"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task SortingByAColumn_OrdersTheRows_AndASecondClickReversesThem()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph, "#tab=claims");

        await session.Page.ClickAsync("#claims-table th button:text('From')");
        var from = (await Rows(session)).Select(r => r[3]).ToArray();
        Assert.Equal(from.Order(StringComparer.OrdinalIgnoreCase), from);
        await session.Page.ClickAsync("#claims-table th button:text('From')");
        var reversed = (await Rows(session)).Select(r => r[3]).ToArray();
        Assert.Equal(from.Order(StringComparer.OrdinalIgnoreCase).Reverse(), reversed);
        Assert.Equal("descending", await session.Page.GetAttributeAsync("#claims-table th[aria-sort]", "aria-sort"));
    }

    [Fact]
    public async Task Filters_NarrowTheTable_ByTypeEntityReportAndDate()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph, "#tab=claims");

        await session.Page.SelectOptionAsync("#claims-type", "CONDEMNS");
        Assert.Equal(Claims.Count(r => r.Type == "CONDEMNS"), (await Rows(session)).Length);
        await session.Page.FillAsync("#claims-entity", "nato");
        Assert.Equal(["nato-condemns-iran"], await Ids(session));
        await session.Page.SelectOptionAsync("#claims-type", "");
        Assert.Equal(Claims.Count(r => r.StartId == "nato" || r.EndId == "nato"), (await Rows(session)).Length);

        await session.Page.FillAsync("#claims-entity", "");
        await session.Page.SelectOptionAsync("#report", "treasury-2022-09-09");
        Assert.Equal(["treasury-sanctions-mois"], await Ids(session));

        await session.Page.SelectOptionAsync("#report", "");
        await session.Page.FillAsync("#date-from", "2022-09-10");
        var dated = await Ids(session);
        Assert.Equal(["albania-hosts-mko", "embassy-denies-nato", "iran-accuses-us"], dated.Order(StringComparer.Ordinal));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ExpandingARow_ShowsItsQuotes()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph, "#tab=claims");
        var row = session.Page.Locator("#claims-table tr.claim[data-claim='r:treasury-sanctions-mois']");

        Assert.Equal(1, await row.Locator("td.evidence blockquote").CountAsync()); // the first quote inline
        await row.Locator("button.expand").ClickAsync();

        var quotes = await row.Locator("td.evidence blockquote").AllTextContentsAsync();
        Assert.Equal(2, quotes.Count);
        Assert.Contains(quotes, q => q.Contains("Treasury sanctions Iran's Ministry of Intelligence", StringComparison.Ordinal));
        Assert.Equal("true", await row.Locator("button.expand").GetAttributeAsync("aria-expanded"));
    }

    [Fact]
    public async Task SelectingARow_PicksItsEdgeInTheGraph_AndClickingAnEdge_MarksItsRow()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph, "#tab=claims");

        await session.Page.ClickAsync("#claims-table tr.claim[data-claim='r:nato-condemns-iran']");
        Assert.Equal(["nato-condemns-iran"], await session.EvalAsync<string[]>("graphView.cy.edges('.picked').map(e => e.data('gid'))"));
        Assert.Equal("CONDEMNS", await session.Page.TextContentAsync("#details h2.type"));

        await session.Page.ClickAsync("#tab-graph");
        await session.ClickElementAsync("r:iran-denies-albania");
        await session.Page.ClickAsync("#tab-claims");
        Assert.Equal(["r:iran-denies-albania"], await session.EvalAsync<string[]>("[...document.querySelectorAll('#claims-table tr.selected')].map(r => r.dataset.claim)"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task AStatementReportedAsSeveralFacts_CountsOnce_WithEverySource()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(TestGraphs.OneStatementTwoReports(), "#tab=claims");

        var rows = await Rows(session);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("2 reports:", Assert.Single(rows, r => r[2] == "ACCUSES")[6]);
        Assert.Equal(2, await session.EvalAsync<int>("graphView.cy.getElementById('n:iran').data('claims')"));

        await session.Page.ClickAsync("#tab-matrix");
        await session.Page.SelectOptionAsync("#matrix-type", "ACCUSES");
        Assert.StartsWith("1 ", await session.Page.TextContentAsync("#matrix button.cell"));
        await session.Page.ClickAsync("#matrix button.cell");
        var details = await session.Page.TextContentAsync("#details");
        Assert.Contains("the US said Iran was behind it", details);
        Assert.Contains("Washington blamed Tehran", details);
        Assert.Empty(session.Errors);
    }

    private static async Task<string[][]> Rows(PageSession session) =>
        await session.EvalAsync<string[][]>("[...document.querySelectorAll('#claims-table tr.claim')].map(r => [...r.cells].map(c => c.textContent))");

    private static async Task<string[]> Ids(PageSession session) =>
        await session.EvalAsync<string[]>("[...document.querySelectorAll('#claims-table tr.claim')].map(r => r.dataset.claim.slice(2))");
}
