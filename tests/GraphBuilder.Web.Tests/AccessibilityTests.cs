using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary>Issue 26, item 6: axe-core finds nothing serious on any tab; keyboard and screen readers get sensible behaviour.</summary>
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly GraphData Graph = TestGraphs.Analyst();

    [Theory]
    [InlineData("graph", 1440)]
    [InlineData("claims", 1440)]
    [InlineData("timeline", 1440)]
    [InlineData("matrix", 1440)]
    [InlineData("claims", 390)]
    public async Task Axe_FindsNoSeriousOrCriticalViolations_OnTheTab(string tab, int width)
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: width, height: 900);
        await session.OpenExportAsync(Graph, $"#tab={tab}&sel=r:albania-accuses-iran");

        Assert.Empty(await AxeCheck.SeriousViolationsAsync(session));
        if (tab == "matrix")
        {
            await session.Page.Locator("#matrix button.cell").First.ClickAsync();
            Assert.Empty(await AxeCheck.SeriousViolationsAsync(session));
        }
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task TheQuoteToggle_WorksWithEnterAndSpace()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph, "#tab=claims");
        var toggle = "#claims-table tr[data-claim='r:albania-accuses-iran'] button.expand";

        await session.Page.FocusAsync(toggle);
        await session.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await session.Page.GetAttributeAsync(toggle, "aria-expanded"));
        await session.Page.Keyboard.PressAsync("Space");
        Assert.Equal("false", await session.Page.GetAttributeAsync(toggle, "aria-expanded"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task OpeningAClaimFromTheDetails_KeepsTheFocusInTheDetails()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph);
        await session.Page.ClickAsync("#entity-list button:text-is('Iran')");

        await session.Page.FocusAsync("#details ul.claim-list button.link");
        await session.Page.Keyboard.PressAsync("Enter");

        Assert.True(await session.EvalAsync<bool>("document.getElementById('details').contains(document.activeElement)"), "focus left the details panel");
        Assert.Null(await session.Page.GetAttributeAsync("#details", "aria-live"));
        Assert.NotEqual("", await session.Page.TextContentAsync("#announce"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task TheFirstTab_ReachesASkipLink_ThatMovesToTheViewTabs()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph);

        await session.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await session.EvalAsync<string>("document.activeElement.id"));
        await session.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("tab", await session.EvalAsync<string>("document.activeElement.getAttribute('role')"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task TimelineMarks_AreReachedByTab_AndEnterPicksTheClaim()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph, "#tab=timeline");

        await session.TabUntilAsync("el.classList && el.classList.contains('mark')");
        var claim = await session.EvalAsync<string>("document.activeElement.dataset.claim");
        await session.Page.Keyboard.PressAsync("Enter");

        Assert.Equal(claim, await session.EvalAsync<string>("graphView.state.selected"));
        Assert.Empty(session.Errors);
    }
}
