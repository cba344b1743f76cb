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
        var claims = graph.Relationships.Count(r => r.Type is not ("HOLDS_OFFICE" or "PART_OF" or "MEMBER_OF"));
        Assert.Equal($"{claims} claims · {graph.Nodes.Count(n => n.Label != "Source")} entities · {graph.Nodes.Count(n => n.Label == "Source")} reports", await session.Page.TextContentAsync("#counts"));
        Assert.All(session.Requests, url => Assert.StartsWith("file:", url));
        Assert.Empty(session.Errors);
    }
}
