using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary>Issue 26, item 4: a graph that reads the same every time, on a desktop and on a phone.</summary>
public sealed class GraphLegibilityTests(BrowserFixture browser)
{
    private static readonly GraphData Graph = TestGraphs.Analyst();

    private const string Positions = "graphView.cy.nodes().not('.hidden').map(n => n.id() + '@' + Math.round(n.position('x')) + ',' + Math.round(n.position('y'))).sort()";

    [Fact]
    public async Task TheLayout_IsTheSame_OnEveryLoad()
    {
        string[] first, second;
        await using (var session = await PageSession.OpenAsync(browser.Browser, width: 1440))
        {
            await session.OpenExportAsync(Graph);
            first = await session.EvalAsync<string[]>(Positions);
        }
        await using (var session = await PageSession.OpenAsync(browser.Browser, width: 1440))
        {
            await session.OpenExportAsync(Graph);
            second = await session.EvalAsync<string[]>(Positions);
        }
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task AtTheDefaultZoom_NoShownLabelOverlapsAnotherLabelOrNode_AndHiddenLabelsShowOnHover(int width, int height)
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: width, height: height);
        await session.OpenExportAsync(Graph, "#tab=graph");

        var clashes = await session.EvalAsync<string[]>("""
            (() => {
              const cy = graphView.cy, shown = cy.nodes().not('.hidden');
              const overlap = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
              const labelled = shown.filter(n => n.style('text-opacity') !== '0' && n.style('text-opacity') !== 0);
              const out = [];
              labelled.forEach(n => {
                const label = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
                labelled.forEach(m => { if (m !== n && overlap(label, m.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }))) out.push(n.id() + ' label over ' + m.id() + ' label'); });
                shown.forEach(m => { if (m !== n && overlap(label, m.boundingBox({ includeLabels: false }))) out.push(n.id() + ' label over ' + m.id()); });
              });
              return out;
            })()
            """);
        Assert.Empty(clashes);
        Assert.True(await session.EvalAsync<int>("graphView.cy.nodes().not('.hidden').not('.label-hidden').length") >= 3, "most labels should stay");
        var hidden = await session.EvalAsync<string?>("(graphView.cy.nodes('.label-hidden').not('.hidden')[0] || { id: () => null }).id()");
        if (hidden is not null)
        {
            await session.EvalAsync<bool>($"graphView.cy.getElementById('{hidden}').emit('mouseover') && true");
            Assert.Equal("1", await session.EvalAsync<string>($"String(graphView.cy.getElementById('{hidden}').style('text-opacity'))"));
        }
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task EveryEdge_ShowsItsDirection_AndASelectedNodesEdges_AreLabelledWithTheirType()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph);

        Assert.Empty(await session.EvalAsync<string[]>("graphView.cy.edges().filter(e => e.style('mid-target-arrow-shape') !== 'triangle').map(e => e.id())"));
        await session.Page.ClickAsync("#entity-list button:text-is('Iran')");
        var labels = await session.EvalAsync<string[]>("graphView.cy.edges('.highlighted').map(e => e.style('label'))");
        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.Matches("^[A-Z_]+$|^disputed$", label));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task OnAPhone_TheClaimsComeFirst_AndTappingANodeOpensItsDetails()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 390, height: 844);
        await session.OpenExportAsync(Graph);

        Assert.Equal("true", await session.Page.GetAttributeAsync("#tab-claims", "aria-selected"));
        Assert.True(await session.Page.Locator("#claims-table tr.claim").First.IsVisibleAsync());

        await session.Page.ClickAsync("#tab-graph");
        await session.EvalAsync<bool>("graphView.cy.resize() && true");
        await session.ClickElementAsync("n:iran");
        await session.Page.Locator("#details-pane").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible });
        Assert.Equal("Iran", await session.Page.TextContentAsync("#details h3"));
        Assert.Empty(session.Errors);
    }
}
