namespace GraphBuilder.Web.Tests;

public sealed class OfflineExportTests(BrowserFixture browser)
{
    [Fact]
    public async Task ExportedFile_WorksFromDisk_WithTheNetworkBlocked()
    {
        var graph = TestGraphs.AlbaniaCyberattack();
        await using var session = await PageSession.OpenAsync(browser.Browser, offline: true);
        await session.OpenExportAsync(graph);

        Assert.Equal(graph.Nodes.Count, await session.EvalAsync<int>("graphView.cy.nodes().length"));
        Assert.Equal(graph.Relationships.Count, await session.EvalAsync<int>("graphView.cy.edges().length"));
        Assert.Equal($"{graph.Nodes.Count(n => n.Label != "Source")} of {graph.Nodes.Count} nodes · {graph.Relationships.Count} relationships", await session.Page.TextContentAsync("#counts"));
        Assert.All(session.Requests, url => Assert.StartsWith("file:", url));
        Assert.Empty(session.Errors);
    }
}
