using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Web.Tests;

/// <summary>
/// Renders screenshots for people (and the README) of the shipped seeds: the graph, claims,
/// timeline and matrix views at 1440 px, and the claims and graph at 390 px (a phone). GRAPHBUILDER_SCREENSHOT_GRAPH=graph.json renders that exported graph
/// instead; GRAPHBUILDER_SCREENSHOT_COPY_TO=dir also copies the pictures there (e.g. docs/images).
/// Relative paths are taken from the repository root, since tests run in their output folder.
/// </summary>
public sealed class ScreenshotTests(BrowserFixture browser)
{
    [Fact]
    public async Task Screenshots_OfEachView_AreSavedAsTestArtifacts()
    {
        var graphPath = Environment.GetEnvironmentVariable("GRAPHBUILDER_SCREENSHOT_GRAPH");
        GraphData graph;
        if (string.IsNullOrEmpty(graphPath))
        {
            using var seeds = TempSeeds.FromShippedSeeds();
            graph = seeds.Compile();
        }
        else
        {
            graph = ExportedGraphJson.Read(Path.GetFullPath(graphPath, RepoPaths.Root));
        }
        await using (var session = await PageSession.OpenAsync(browser.Browser, width: 1440))
        {
            await DesktopAsync(session, graph);
        }
        await using (var phone = await PageSession.OpenAsync(browser.Browser, width: 390, height: 844))
        {
            await PhoneAsync(phone, graph);
        }
    }

    private static async Task DesktopAsync(PageSession session, GraphData graph)
    {
        await session.OpenExportAsync(graph);

        // Show what the view is for: a state's claims, with the details panel filled in.
        var focus = graph.Nodes.Any(n => n.Id == "iran") ? "n:iran" : null;
        if (focus is not null) await session.ClickElementAsync(focus);
        await session.Page.ClickAsync("#fit");
        await SaveAsync(session, "graph-view.png");

        // Who accused Iran, in which outlet: the claims table filtered to Iran as the accused, speakers rolled up.
        await session.Page.ClickAsync("#tab-claims");
        if (focus is not null)
        {
            await session.Page.FillAsync("#claims-entity", "Iran");
            await session.Page.SelectOptionAsync("#claims-role", "to");
        }
        var firstRow = session.Page.Locator("#claims-table tr.claim").First;
        await firstRow.ClickAsync();
        await SaveAsync(session, "claims-view.png");
        await session.Page.FillAsync("#claims-entity", "");
        await session.Page.SelectOptionAsync("#claims-role", "");

        var disputed = session.Page.Locator("#claims-table .badge.disputed").First;
        if (await disputed.CountAsync() > 0)
        {
            await disputed.ClickAsync();
            await SaveAsync(session, "disputed-view.png");
        }

        await session.Page.ClickAsync("#tab-timeline");
        await SaveAsync(session, "timeline-view.png");

        await session.Page.ClickAsync("#tab-matrix");
        await session.Page.CheckAsync("#matrix-rollup");
        await session.Page.Locator("#matrix thead button.head").First.ClickAsync();
        await SaveAsync(session, "matrix-view.png");
        Assert.Empty(session.Errors);
    }

    private static async Task PhoneAsync(PageSession session, GraphData graph)
    {
        await session.OpenExportAsync(graph);
        await SaveAsync(session, "claims-view-390.png");

        await session.Page.ClickAsync("#tab-graph");
        await session.Page.ClickAsync("#fit");
        await SaveAsync(session, "graph-view-390.png");
        if (graph.Nodes.Any(n => n.Id == "iran"))
        {
            await session.ClickElementAsync("n:iran");
            await session.Page.Locator("#details-pane").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
            await SaveAsync(session, "details-view-390.png");
        }
        Assert.Empty(session.Errors);
    }

    private static async Task SaveAsync(PageSession session, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        var png = await session.Page.ScreenshotAsync(new() { Path = path });

        Assert.True(png.Length > 10_000, $"the {name} screenshot looks empty");
        TestContext.Current.AddAttachment(name, png, "image/png");
        TestContext.Current.SendDiagnosticMessage($"Screenshot: {path}");
        if (Environment.GetEnvironmentVariable("GRAPHBUILDER_SCREENSHOT_COPY_TO") is { Length: > 0 } copyTo)
        {
            var target = Path.Combine(Path.GetFullPath(copyTo, RepoPaths.Root), name);
            File.Copy(path, target, overwrite: true);
            Console.WriteLine($"Copied to {target}");
        }
    }
}
