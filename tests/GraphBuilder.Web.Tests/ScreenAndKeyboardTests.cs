using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary>Item 8: usable at 390 px wide (panels as drawers) and by keyboard alone.</summary>
public sealed class ScreenAndKeyboardTests(BrowserFixture browser)
{
    private static readonly GraphData Graph = TestGraphs.AlbaniaCyberattack();

    [Fact]
    public async Task At390Px_TheGraphTakesTheFullWidth_AndThePanelsOpenAsDrawers()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 390, height: 844);
        await session.OpenExportAsync(Graph, "#tab=graph");

        var canvas = await session.Page.Locator("#cy").BoundingBoxAsync();
        Assert.True(canvas!.Width >= 380 && canvas.Height >= 400, $"graph canvas is {canvas.Width}x{canvas.Height}");
        Assert.False(await session.Page.IsVisibleAsync("#side"));
        Assert.False(await session.Page.IsVisibleAsync("#details-pane"));
        Assert.True(await session.EvalAsync<bool>("graphView.cy.width() >= 380"));

        await session.Page.ClickAsync("#toggle-side");
        await session.Page.Locator("#side").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        await session.Page.ClickAsync("#entity-list button:text-is('Iran')");
        await session.Page.Locator("#details-pane").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        Assert.Equal("Iran", await session.Page.TextContentAsync("#details h3"));

        await session.Page.Keyboard.PressAsync("Escape");
        await session.Page.Locator("#details-pane").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Hidden });
        Assert.False(await session.Page.IsVisibleAsync("#side"));

        await session.Page.ClickAsync("#tab-claims");
        var scroller = await session.Page.Locator("#panel-claims .table-scroll").BoundingBoxAsync();
        Assert.True(scroller!.Width <= 390, $"the claims table's scroller is {scroller.Width} px wide");
        Assert.True(await session.EvalAsync<int>("document.documentElement.scrollWidth") <= 390, "the page scrolls sideways");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task KeyboardAlone_ReachesTheEntityListAndClaimsTable_EnterSelects_EscapeClears()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        await session.TabUntilAsync("el.closest && el.closest('#entity-list') && el.textContent === 'Iran'");
        await session.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("n:iran", await session.EvalAsync<string>("graphView.state.selected"));
        Assert.Equal("Iran", await session.Page.TextContentAsync("#details h3"));
        await session.Page.Keyboard.PressAsync("Escape");
        Assert.Equal("", await session.EvalAsync<string>("graphView.state.selected"));

        await session.TabUntilAsync("el.getAttribute('role') === 'tab'");
        await session.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("true", await session.Page.GetAttributeAsync("#tab-claims", "aria-selected"));
        await session.TabUntilAsync("el.matches && el.matches('#claims-table tr.claim')");
        var claim = await session.EvalAsync<string>("document.activeElement.dataset.claim");
        await session.Page.Keyboard.PressAsync("Enter");
        Assert.Equal(claim, await session.EvalAsync<string>("graphView.state.selected"));
        Assert.True(await session.EvalAsync<bool>("document.activeElement.classList.contains('selected')"));
        await session.Page.Keyboard.PressAsync("Escape");
        Assert.Equal(0, await session.EvalAsync<int>("document.querySelectorAll('#claims-table tr.selected').length"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task TheGraphCanvas_IsReachableByTab_AndArrowKeysPanIt()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        await session.TabUntilAsync("el.id === 'cy'");
        var before = await session.EvalAsync<double>("graphView.cy.pan().x");
        await session.Page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal(before + 60, await session.EvalAsync<double>("graphView.cy.pan().x"), 3);
        var zoom = await session.EvalAsync<double>("graphView.cy.zoom()");
        await session.Page.Keyboard.PressAsync("+");
        Assert.True(await session.EvalAsync<double>("graphView.cy.zoom()") > zoom);
    }
}
