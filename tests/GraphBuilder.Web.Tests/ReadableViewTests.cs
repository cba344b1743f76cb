using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary>Item 1: a first view that can be read: legible labels, claims emphasised, structural links muted, dates on hover.</summary>
public sealed class ReadableViewTests(BrowserFixture browser)
{
    private static readonly GraphData Graph = TestGraphs.AlbaniaCyberattack();

    [Fact]
    public async Task FirstView_IsFittedWithLabelsAtLeast12PxOnScreen()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        var onScreen = await session.EvalAsync<double>("graphView.cy.nodes().not('.hidden')[0].renderedStyle('font-size').replace('px','') * 1");
        Assert.True(onScreen >= 12, $"labels are {onScreen:0.0} px on screen");
        var fits = await session.EvalAsync<bool>("""
            (() => { const cy = graphView.cy, b = cy.elements().not('.hidden').renderedBoundingBox();
              return b.x1 >= -1 && b.y1 >= -1 && b.x2 <= cy.width() + 1 && b.y2 <= cy.height() + 1
                && (b.w >= cy.width() * 0.6 || b.h >= cy.height() * 0.6); })()
            """);
        Assert.True(fits, "the shown graph should fill the canvas without overflowing it");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task StructuralLinks_AreMutedByDefault_AndTheToggleGivesThemFullWeight()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        var muted = await session.EvalAsync<string[]>("graphView.cy.edges('.muted').map(e => e.data('type'))");
        Assert.Equal(["HOLDS_OFFICE", "MEMBER_OF", "PART_OF"], muted.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Graph.Relationships.Count(r => r.Type is "HOLDS_OFFICE" or "MEMBER_OF" or "PART_OF"), muted.Length);
        var accusation = await session.EvalAsync<double>("parseFloat(graphView.cy.getElementById('r:albania-accuses-iran').style('width'))");
        var office = await session.EvalAsync<double>("parseFloat(graphView.cy.getElementById('r:edi-rama/HOLDS_OFFICE/albania').style('width'))");
        var support = await session.EvalAsync<double>("parseFloat(graphView.cy.getElementById('r:nato-supports-albania').style('width'))");
        Assert.True(accusation > support && support > office, $"widths: accusation {accusation}, support {support}, office {office}");

        await session.Page.CheckAsync("#show-structural");
        Assert.Equal(0, await session.EvalAsync<int>("graphView.cy.edges('.muted').length"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Nodes_AreSizedByTheirNumberOfClaims()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        var iran = await session.EvalAsync<double>("graphView.cy.getElementById('n:iran').width()");
        var nato = await session.EvalAsync<double>("graphView.cy.getElementById('n:nato').width()");
        var stoltenberg = await session.EvalAsync<double>("graphView.cy.getElementById('n:jens-stoltenberg').width()");
        Assert.True(iran > nato && nato > stoltenberg, $"iran {iran}, nato {nato}, stoltenberg (no claims) {stoltenberg}");
    }

    [Fact]
    public async Task HoveringAnEdge_ShowsItsTypeAndDateOnTheEdge()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        var point = await session.EvalAsync<double[]>("""
            id => { const cy = graphView.cy, e = cy.getElementById(id); cy.fit(e, 120);
              const p = e.renderedMidpoint(), b = cy.container().getBoundingClientRect(); return [b.left + p.x, b.top + p.y]; }
            """, "r:iran-accuses-us");
        await session.Page.Mouse.MoveAsync((float)point[0], (float)point[1]);

        await session.Page.WaitForFunctionAsync("() => graphView.cy.getElementById('r:iran-accuses-us').hasClass('hover')");
        Assert.Equal("ACCUSES · 2022-09", await session.EvalAsync<string>("graphView.cy.getElementById('r:iran-accuses-us').style('label')"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Legend_ShowsEachLabelsShape_AndEachTypesLineAndArrowhead_SoNoTypeIsToldByColourAlone()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser);
        await session.OpenExportAsync(Graph);

        var labelShapes = await session.EvalAsync<string[]>("[...document.querySelectorAll('#label-filters svg')].map(s => s.firstElementChild.outerHTML.split(' ')[0])");
        Assert.Equal(Graph.Nodes.Select(n => n.Label).Distinct().Count(), labelShapes.Length);
        Assert.True(labelShapes.Distinct().Count() >= 3, "labels are drawn with different shapes: " + string.Join(", ", labelShapes));

        var looks = await session.EvalAsync<string[]>("graphView.model.types.map(t => { const s = graphView.model.typeStyle.get(t); return s.arrow + '/' + s.line; })");
        Assert.Equal(looks.Length, looks.Distinct().Count());
        var legendDashes = await session.EvalAsync<string[]>("[...document.querySelectorAll('#type-filters svg line')].map(l => l.getAttribute('stroke-dasharray'))");
        Assert.Contains("", legendDashes);      // adversarial: solid
        Assert.Contains("2 3", legendDashes);   // structural: dotted
        Assert.Empty(session.Errors);
    }
}
