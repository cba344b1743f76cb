namespace GraphBuilder.Web.Tests;

/// <summary>"Measured": a large graph first shows its busiest entities, says so, and shows everything on request.</summary>
public sealed class LargeGraphTests(BrowserFixture browser)
{
    [Fact]
    public async Task LargeGraph_FirstShowsTheBusiestEntities_SaysSo_AndShowsEverythingOnRequest()
    {
        var graph = TestGraphs.Dense(nodeCount: 70, relationshipCount: 3200);
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(graph);

        Assert.Equal(50, await session.EvalAsync<int>("graphView.cy.nodes().not('.hidden').length"));
        var notice = await session.Page.TextContentAsync("#notice");
        Assert.Contains("showing the 50 entities with the most claims", notice);
        Assert.Contains($"{graph.Relationships.Count:N0}".Replace(",", "", StringComparison.Ordinal), notice);
        Assert.Contains($"50 of {graph.Nodes.Count(n => n.Label != "Source")} entities", await session.Page.TextContentAsync("#counts"));

        await session.Page.ClickAsync("#show-everything");

        Assert.Equal(graph.Relationships.Count, await session.EvalAsync<int>("graphView.cy.edges().not('.hidden').length"));
        Assert.False(await session.Page.IsVisibleAsync("#notice"));
        Assert.Empty(session.Errors);
    }
}
