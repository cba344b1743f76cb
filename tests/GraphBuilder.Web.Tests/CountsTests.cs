using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary>Issue 26, item 5: one set of counts (claims are statements) in the header, legend, table, matrix and panels.</summary>
public sealed class CountsTests(BrowserFixture browser)
{
    [Fact]
    public async Task HeaderLegendTableMatrixAndReportPanel_CountClaimsTheSameWay()
    {
        var graph = TestGraphs.OneStatementTwoReports(); // 3 facts, 2 of them one statement: 2 claims
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(graph, "#tab=claims");

        var claims = await session.EvalAsync<int>("document.querySelectorAll('#claims-table tr.claim').length");
        Assert.Equal(2, claims);
        Assert.StartsWith($"{claims} claims", await session.Page.TextContentAsync("#counts"));
        Assert.Contains("3 facts", await session.Page.TextContentAsync("#counts-note"));
        var legend = await session.EvalAsync<int[]>("[...document.querySelectorAll('#type-filters .count')].map(c => +c.textContent)");
        Assert.Equal(claims, legend.Sum());

        await session.Page.ClickAsync("#tab-matrix");
        await session.Page.SelectOptionAsync("#matrix-type", "*");
        Assert.Equal($"{claims} claims", await session.Page.TextContentAsync("#matrix-note"));

        // A report's panel counts what the table shows with that report as the only one.
        await session.Page.ClickAsync("#report-list button:text-is('Washington points at Tehran')");
        Assert.Contains("What this report claims (2 claims)", await session.Page.TextContentAsync("#details"));
        await session.Page.ClickAsync("#tab-claims");
        await session.Page.SelectOptionAsync("#report", "outlet-b");
        Assert.Equal(2, await session.EvalAsync<int>("document.querySelectorAll('#claims-table tr.claim').length"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task AClaim_CountsReportsTheSameInTheTableAndItsDetails_AndSaysWhenQuotesAreMore()
    {
        var albania = TestGraphs.AlbaniaCyberattack();
        var wire = albania.Nodes.Single(n => n.Id == "wire-2022-09-07");
        var graph = new GraphData(albania.Nodes, [.. albania.Relationships, GraphFactory.Rel("nato-condemns-iran-twice", "CONDEMNS", "nato", "iran", "2022-09-09", "the attack", null,
            GraphFactory.Cite(wire, "NATO strongly condemned the cyberattack"), GraphFactory.Cite(wire, "allies condemned it again"))]);
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(graph, "#tab=claims&sel=r:nato-condemns-iran-twice");

        Assert.Contains("1 report:", await session.Page.TextContentAsync("#claims-table tr[data-claim='r:nato-condemns-iran-twice'] td.evidence"));
        Assert.Contains("1 report · 2 quotes", await session.Page.TextContentAsync("#details"));
        Assert.Empty(session.Errors);
    }
}
