using System.Text;
using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary>Item 6: paths, expanding from a search, view state in the URL, PNG and SVG export.</summary>
public sealed class ExplorationTests(BrowserFixture browser)
{
    private static readonly GraphData Graph = TestGraphs.AlbaniaCyberattack();

    [Fact]
    public async Task ShortestPath_BetweenTwoEntities_IsHighlightedAndListed()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        await session.Page.FillAsync("#path-from", "Jens Stoltenberg");
        await session.Page.FillAsync("#path-to", "Ministry of Intelligence and Security of Iran");
        await session.Page.ClickAsync("#path-find");

        // Stoltenberg —HOLDS_OFFICE— NATO —CONDEMNS— Iran —PART_OF— MOIS
        Assert.Equal("3 steps", await session.Page.TextContentAsync("#path-result"));
        var nodes = await session.EvalAsync<string[]>("graphView.cy.nodes('.path').map(n => n.data('gid')).sort()");
        Assert.Equal(["iran", "iran-mois", "jens-stoltenberg", "nato"], nodes);
        Assert.Equal(3, await session.EvalAsync<int>("graphView.cy.edges('.path').length"));
        Assert.StartsWith("Path: Jens Stoltenberg — NATO — Iran — Ministry", await session.Page.TextContentAsync("#details h2"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ExploringFromASearch_ShowsTheNodeAndItsNeighbours_ThenExpandsAndCollapses()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);
        const string Shown = "graphView.cy.nodes().not('.hidden').map(n => n.data('gid')).sort()";

        await session.Page.FillAsync("#search", "mek");
        await session.Page.ClickAsync("#details button:text('Explore from here')");
        Assert.Equal(["albania", "mko"], await session.EvalAsync<string[]>(Shown));

        await session.Page.FillAsync("#search", "");
        await session.Page.ClickAsync("#entity-list button:text-is('Albania')");
        await session.Page.ClickAsync("#details button:text('Expand neighbours')");
        var expanded = await session.EvalAsync<string[]>(Shown);
        Assert.Contains("iran", expanded);
        Assert.Contains("edi-rama", expanded);

        await session.Page.ClickAsync("#details button:text('Collapse neighbours')");
        Assert.Equal(["albania", "mko"], await session.EvalAsync<string[]>(Shown));
        await session.Page.ClickAsync("#explore-all");
        Assert.Equal(Graph.Nodes.Count(n => n.Label != "Source"), (await session.EvalAsync<string[]>(Shown)).Length);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ViewState_IsKeptInTheUrl_SoOpeningItRestoresTheView()
    {
        string fragment;
        await using (var session = await PageSession.OpenAsync(browser.Browser))
        {
            await session.OpenExportAsync(Graph);
            await session.Page.Locator("#type-filters input[value='DENIES']").UncheckAsync();
            await session.Page.FillAsync("#date-from", "2022-09-08");
            await session.Page.ClickAsync("#tab-claims");
            await session.Page.ClickAsync("#claims-table tr.claim[data-claim='r:nato-condemns-iran']");
            var state = await session.FragmentAsync();
            Assert.Equal(("claims", "r:nato-condemns-iran", "DENIES", "2022-09-08"), (state["tab"], state["sel"], state["hide"], state["from"]));
            fragment = await session.EvalAsync<string>("location.hash");
        }

        await using var shared = await PageSession.OpenAsync(browser.Browser);
        await shared.OpenExportAsync(Graph, fragment);

        Assert.Equal("true", await shared.Page.GetAttributeAsync("#tab-claims", "aria-selected"));
        Assert.False(await shared.Page.IsCheckedAsync("#type-filters input[value='DENIES']"));
        Assert.Equal("2022-09-08", await shared.Page.InputValueAsync("#date-from"));
        Assert.Equal(["r:nato-condemns-iran"], await shared.EvalAsync<string[]>("[...document.querySelectorAll('#claims-table tr.selected')].map(r => r.dataset.claim)"));
        Assert.Equal("CONDEMNS", await shared.Page.TextContentAsync("#details h2.type"));
        Assert.Empty(shared.Errors);
    }

    [Fact]
    public async Task ExportButtons_DownloadTheCurrentView_AsPngAndSvg()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);
        await session.Page.Locator("#label-filters input[value='Official']").UncheckAsync();

        var png = await DownloadAsync(session, "#export-png");
        var svg = Encoding.UTF8.GetString(await DownloadAsync(session, "#export-svg"));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Contains("<svg", svg);
        Assert.Contains(">Albania</text>", svg);
        Assert.DoesNotContain(">Edi Rama</text>", svg); // hidden in the current view
        Assert.Contains("data-id=\"albania-accuses-iran\"", svg);
        Assert.Empty(session.Errors);
    }

    private static async Task<byte[]> DownloadAsync(PageSession session, string button)
    {
        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.Page.ClickAsync(button));
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path!);
    }
}
