namespace GraphBuilder.Web.Tests;

/// <summary>Quotes come from news reports: whatever they contain must be shown as text and never run.</summary>
public sealed class HostileTextTests(BrowserFixture browser)
{
    [Fact]
    public async Task MarkupInNamesQuotesAndTitles_NeverExecutes_AndIsShownLiterally()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(TestGraphs.WithHostileText());

        // The node panel (name, alias, role) and the relationship panel (about, publisher, title, quotes).
        await session.ClickElementAsync("n:attacker");
        var nodePanel = await session.Page.TextContentAsync("#details");
        await session.ClickElementAsync("r:hostile-claim");
        var edgePanel = await session.Page.TextContentAsync("#details");
        await session.Page.FillAsync("#search", "script");

        Assert.Contains(TestGraphs.Hostile, nodePanel);
        Assert.Contains(TestGraphs.HostileBreakout, nodePanel);
        Assert.Contains(TestGraphs.Hostile, edgePanel);
        Assert.Contains(TestGraphs.HostileScript, edgePanel);
        Assert.Contains(TestGraphs.HostileBreakout, edgePanel);
        Assert.Contains("a line\u2028separator", edgePanel);
        Assert.Equal(TestGraphs.HostileScript, await session.EvalAsync<string>("graphView.cy.getElementById('n:victim').data('name')"));

        Assert.True(await session.EvalAsync<bool>("typeof window.__pwned === 'undefined'"), "injected markup executed");
        Assert.Equal(0, await session.EvalAsync<int>("document.querySelectorAll('img').length"));
        Assert.Equal(0, await session.EvalAsync<int>("[...document.scripts].filter(s => s.textContent.includes('__pwned') && s.type !== 'application/json').length"));
        Assert.Empty(session.Errors);
    }
}
