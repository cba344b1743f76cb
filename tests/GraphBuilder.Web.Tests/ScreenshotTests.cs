namespace GraphBuilder.Web.Tests;

/// <summary>
/// Renders a screenshot for people (and the README). GRAPHBUILDER_SCREENSHOT_GRAPH=graph.json
/// renders that exported graph instead of the built-in one; GRAPHBUILDER_SCREENSHOT_COPY_TO=path
/// also copies the picture there (e.g. docs/images/graph-view.png). Relative paths are taken
/// from the repository root, since tests run in their output folder.
/// </summary>
public sealed class ScreenshotTests(BrowserFixture browser)
{
    [Fact]
    public async Task Screenshot_OfTheGraphView_IsSavedAsATestArtifact()
    {
        var graphPath = Environment.GetEnvironmentVariable("GRAPHBUILDER_SCREENSHOT_GRAPH");
        var graph = string.IsNullOrEmpty(graphPath) ? TestGraphs.AlbaniaCyberattack() : ExportedGraphJson.Read(FromRepositoryRoot(graphPath));
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(graph);

        // Show what the view is for: a state's accusations, with the details panel filled in.
        var focus = graph.Nodes.Any(n => n.Id == "iran") ? "n:iran" : null;
        if (focus is not null) await session.ClickElementAsync(focus);
        await session.EvalAsync<bool>("(() => { graphView.cy.fit(graphView.cy.elements().not('.hidden'), 30); return true; })()");

        var directory = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "graph-view.png");
        var png = await session.Page.ScreenshotAsync(new() { Path = path });

        Assert.True(png.Length > 10_000, "the screenshot looks empty");
        TestContext.Current.AddAttachment("graph-view.png", png, "image/png");
        TestContext.Current.SendDiagnosticMessage($"Graph view screenshot: {path}");
        Console.WriteLine($"Graph view screenshot: {path}");
        if (Environment.GetEnvironmentVariable("GRAPHBUILDER_SCREENSHOT_COPY_TO") is { Length: > 0 } copyTo)
        {
            var target = FromRepositoryRoot(copyTo);
            File.Copy(path, target, overwrite: true);
            Console.WriteLine($"Copied to {target}");
        }
        Assert.Empty(session.Errors);
    }

    private static string FromRepositoryRoot(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GraphBuilder.sln"))) directory = directory.Parent;
        return Path.GetFullPath(path, directory?.FullName ?? Environment.CurrentDirectory);
    }
}
