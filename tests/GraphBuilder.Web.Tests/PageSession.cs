using GraphBuilder.Graph;
using GraphBuilder.Testing;
using Microsoft.Playwright;

namespace GraphBuilder.Web.Tests;

/// <summary>A browser context and page that record console errors, page errors and every request.</summary>
internal sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private readonly List<string> _requests = [];
    private string? _file;

    private PageSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") Record(_errors, "console: " + message.Text); };
        page.PageError += (_, error) => Record(_errors, "page error: " + error);
        page.Request += (_, request) => Record(_requests, request.Url);
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors { get { lock (_errors) return [.. _errors]; } }

    public IReadOnlyList<string> Requests { get { lock (_requests) return [.. _requests]; } }

    /// <summary>
    /// Opens a page <paramref name="width"/> px wide (1400 by default); with <paramref name="offline"/>
    /// every request except file:// is aborted.
    /// </summary>
    public static async Task<PageSession> OpenAsync(IBrowser browser, bool offline = false, int width = 1400, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        if (offline)
        {
            await context.RouteAsync("**/*", route =>
                route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        }
        return new PageSession(context, await context.NewPageAsync());
    }

    /// <summary>
    /// Writes the self-contained export of <paramref name="graph"/> (with the shipped vocabulary) to
    /// a temp file, opens it (with <paramref name="fragment"/>, e.g. "#tab=claims") and waits for the first render.
    /// </summary>
    public async Task OpenExportAsync(GraphData graph, string fragment = "")
    {
        _file = Path.Combine(Path.GetTempPath(), $"graphbuilder-view-{Guid.NewGuid():N}.html");
        await using (var output = File.Create(_file)) HtmlGraphExporter.Write(graph, SomeVocabulary.FromRepository(), output);
        await Page.GotoAsync(new Uri(_file).AbsoluteUri + fragment);
        await WaitForRendersAsync(1);
    }

    public Task WaitForRendersAsync(int renders) =>
        Page.WaitForFunctionAsync("n => window.graphView && window.graphView.renders >= n", renders, new PageWaitForFunctionOptions { Timeout = 30_000 });

    public Task<T> EvalAsync<T>(string expression, object? arg = null) => Page.EvaluateAsync<T>(expression, arg);

    /// <summary>Zooms so the element fills the view, then clicks it where the user would.</summary>
    public async Task ClickElementAsync(string cyId)
    {
        var point = await EvalAsync<double[]>("""
            id => {
              const cy = window.graphView.cy, ele = cy.getElementById(id);
              cy.fit(ele, ele.isNode() ? 250 : 120);
              const p = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
              const box = cy.container().getBoundingClientRect();
              return [box.left + p.x, box.top + p.y];
            }
            """, cyId);
        // Let cytoscape draw the fitted view first, as it would have before any user clicked.
        await EvalAsync<bool>("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))");
        await Page.Mouse.ClickAsync((float)point[0], (float)point[1]);
    }

    /// <summary>Presses Tab (at most <paramref name="presses"/> times) until <paramref name="predicate"/> holds for the focused element.</summary>
    public async Task TabUntilAsync(string predicate, int presses = 300)
    {
        for (var i = 0; i < presses; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await EvalAsync<bool>($"(el => {predicate})(document.activeElement)")) return;
        }
        Assert.Fail($"Tab never reached an element where {predicate}");
    }

    /// <summary>The page's URL fragment without '#', parsed.</summary>
    public async Task<Dictionary<string, string>> FragmentAsync()
    {
        var hash = await EvalAsync<string>("location.hash.slice(1)");
        return hash.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""));
    }

    private static void Record(List<string> list, string entry)
    {
        lock (list) list.Add(entry);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        if (_file is not null) File.Delete(_file);
    }
}
