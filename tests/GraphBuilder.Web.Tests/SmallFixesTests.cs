using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary>Issue 26, item 7: month dates sort after their days, reports highlight their claims, exports stand alone, empty states, search by publisher.</summary>
public sealed partial class SmallFixesTests(BrowserFixture browser)
{
    private static readonly GraphData Graph = TestGraphs.Analyst();

    [Fact]
    public async Task AMonthDatedClaim_SortsAfterTheDaysOfThatMonth()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph, "#tab=claims");

        var order = await session.EvalAsync<string[]>("[...document.querySelectorAll('#claims-table tr.claim td.when')].map(t => t.textContent)");
        var month = Array.IndexOf(order, "2022-09 (month)");
        Assert.True(month > 0, string.Join(" | ", order));
        Assert.Contains(order.Take(month), w => w.StartsWith("2022-09-", StringComparison.Ordinal));
        Assert.DoesNotContain(order.Skip(month + 1), w => w.StartsWith("2022-09-", StringComparison.Ordinal));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task OpeningAReport_HighlightsTheRelationshipsItIsCitedFor()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph);

        await session.Page.ClickAsync("#report-list button:text-is('Iran rejects Albania\\'s claims')");

        var highlighted = await session.EvalAsync<string[]>("graphView.cy.edges('.highlighted').map(e => e.data('gid')).sort()");
        var cited = Graph.Relationships.Where(r => r.Sources.Any(s => s.SourceId == "tehran-times-2022-09-09")).Select(r => r.Id).Order(StringComparer.Ordinal);
        Assert.Equal(cited, highlighted);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task TheSvgExport_CarriesLegendFiltersAndReports_AndBowsParallelEdgesApart()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph);
        await session.Page.Locator("#type-filters input[value='SUPPORTS']").UncheckAsync();

        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.Page.ClickAsync("#export-svg"));
        var svg = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken));

        Assert.Contains(">ACCUSES (adversarial)</text>", svg);
        Assert.Contains("hidden types: SUPPORTS", svg);
        Assert.Contains("Iran rejects Albania's claims (Tehran Times, 2022-09-09)", svg.Replace("&apos;", "'"));
        // Albania accuses Iran and severs ties with it: two edges between one pair, on two different curves.
        var controls = PathControl().Matches(svg).Where(m => m.Groups["id"].Value is "albania-accuses-iran" or "albania-severs-iran")
            .Select(m => m.Groups["q"].Value).ToArray();
        Assert.Equal(2, controls.Length);
        Assert.NotEqual(controls[0], controls[1]);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task WhenNothingMatches_EachViewSaysSo_AndOffersToClearTheFilters()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph, "#tab=claims&q=no-such-entity");

        Assert.Contains("Nothing matches the filters.", await session.Page.TextContentAsync("#claims-table tbody"));
        await session.Page.FillAsync("#agree", "9"); // no relationship has nine reports
        await session.Page.DispatchEventAsync("#agree", "change");
        await session.Page.ClickAsync("#tab-matrix");
        Assert.Contains("Nothing matches the filters.", await session.Page.TextContentAsync("#panel-matrix"));
        await session.Page.ClickAsync("#tab-graph");
        Assert.True(await session.Page.IsVisibleAsync("#graph-empty"));

        await session.Page.ClickAsync("#tab-matrix");
        await session.Page.ClickAsync("#panel-matrix button:text-is('Clear filters')");
        Assert.True(await session.Page.Locator("#matrix button.cell").CountAsync() > 0);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Search_FindsAReportByItsPublisher()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph);

        await session.Page.FillAsync("#search", "tehran times");

        Assert.Contains("Report: Iran rejects Albania's claims (Tehran Times)", await session.Page.TextContentAsync("#entity-list"));
        Assert.Equal("Iran rejects Albania's claims", await session.Page.TextContentAsync("#details h3"));
        Assert.Empty(session.Errors);
    }

    [GeneratedRegex("data-id=\"(?<id>[^\"]+)\"><path d=\"M[^ ]+ Q(?<q>[^ ]+) ")]
    private static partial Regex PathControl();
}
