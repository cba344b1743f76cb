using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary>
/// Issue 26, items 1 to 3: evidence beside every claim, disputes marked in every view and opened
/// side by side, and speakers rolled up under the state or organisation they speak for.
/// </summary>
public sealed class AnalystViewTests(BrowserFixture browser)
{
    private static readonly GraphData Graph = TestGraphs.Analyst();

    private static IEnumerable<GraphRelationship> AccusationsOfIran =>
        Graph.Relationships.Where(r => r.Type == "ACCUSES" && r.EndId == "iran");

    [Fact]
    public async Task WhoAccusedIranAndInWhichOutlet_IsReadInTheClaimsTable_WithoutAClickPerClaim()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph, "#tab=claims&ctype=ACCUSES&q=Iran&role=to");
        var clicks = 0;

        // Each row as [from, evidence].
        var rows = await session.EvalAsync<string[][]>("[...document.querySelectorAll('#claims-table tr.claim')].map(r => [r.cells[3].textContent, r.querySelector('td.evidence').textContent])");
        Assert.Equal(0, clicks);
        Assert.Equal(AccusationsOfIran.Count(), rows.Length);
        foreach (var accusation in AccusationsOfIran)
        {
            var accuser = Graph.Nodes.Single(n => n.Id == accusation.StartId).Properties.GetString("name")!;
            var row = Assert.Single(rows, r => r[0] == accuser)[1];
            foreach (var citation in accusation.Sources) Assert.Contains(citation.Publisher, row);
            Assert.Contains(accusation.Sources[0].Quote, row); // the first quote inline
        }
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task MatrixHeaders_OpenEveryClaimAgainstAnEntity_WithOutletsAndQuotes_InOneClick()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph, "#tab=matrix");

        await Header(session, "thead", "Iran").ClickAsync();
        var clicks = 1;

        var details = await session.Page.TextContentAsync("#details");
        Assert.Equal(1, clicks);
        Assert.Contains($"ACCUSES against Iran ({AccusationsOfIran.Count()} claims)", details);
        foreach (var citation in AccusationsOfIran.SelectMany(a => a.Sources))
        {
            Assert.Contains(citation.Publisher, details);
            Assert.Contains(citation.Quote, details);
        }

        await Header(session, "tbody", "Albania").ClickAsync();
        Assert.Contains("ACCUSES by Albania", await session.Page.TextContentAsync("#details h2"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ANodesPanel_ListsItsClaimsWithTheirOutlets()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph);

        await session.Page.ClickAsync("#entity-list button:text-is('Iran')");

        var items = await session.EvalAsync<string[]>("[...document.querySelectorAll('#details ul.claim-list li')].map(li => li.textContent)");
        foreach (var accusation in AccusationsOfIran)
            Assert.Contains(items, item => item.Contains(accusation.Sources[0].Publisher, StringComparison.Ordinal)
                && item.Contains("← " + Graph.Nodes.Single(n => n.Id == accusation.StartId).Properties.GetString("name"), StringComparison.Ordinal));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task DisputedClaims_CarryABadgeInEveryView_AndOpenSideBySide()
    {
        string[] disputed = ["r:albania-hosts-mko", "r:albania-hosts-mko-since-2016"];
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph);

        foreach (var id in disputed) Assert.Equal("disputed", await session.EvalAsync<string>($"graphView.cy.getElementById('{id}').style('label')"));
        Assert.Equal("", await session.EvalAsync<string>("graphView.cy.getElementById('r:albania-accuses-iran').style('label')"));

        await session.Page.ClickAsync("#entity-list button:text-is('Albania')");
        Assert.Equal(2, await session.Page.Locator("#details ul.claim-list .badge.disputed").CountAsync());

        await session.Page.ClickAsync("#tab-claims");
        var badged = await session.EvalAsync<string[]>("[...document.querySelectorAll('#claims-table tr.claim')].filter(r => r.querySelector('.badge.disputed')).map(r => r.dataset.claim).sort()");
        Assert.Equal(disputed, badged);

        await session.Page.ClickAsync("#tab-timeline");
        foreach (var id in disputed) Assert.Equal(1, await session.Page.Locator($"#timeline .mark.disputed[data-claim='{id}']").CountAsync());

        await session.Page.ClickAsync("#tab-matrix");
        await session.Page.SelectOptionAsync("#matrix-type", "HOSTS");
        Assert.Contains("disputed", await session.Page.GetAttributeAsync("#matrix button.cell[data-from='albania'][data-to='mko']", "class"));

        await session.Page.ClickAsync("#tab-claims");
        await session.Page.ClickAsync("#claims-table tr[data-claim='r:albania-hosts-mko'] .badge.disputed");
        var accounts = await session.EvalAsync<string[]>("[...document.querySelectorAll('#details .side-by-side .account')].map(a => a.textContent)");
        Assert.Equal(2, accounts.Length);
        Assert.Contains("Albania hosts members of the MKO", accounts[0]);
        Assert.Contains("the MKO has been hosted by Albania since 2016", accounts[1]);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task TwoReportsDatingTheStartOfOneRelationshipDifferently_AreMarkedDisputed_WithoutALink()
    {
        var albania = TestGraphs.AlbaniaCyberattack();
        var wire = albania.Nodes.Single(n => n.Id == "wire-2022-09-07");
        var tehranTimes = albania.Nodes.Single(n => n.Id == "tehran-times-2022-09-09");
        var graph = new GraphData(albania.Nodes, [.. albania.Relationships,
            GraphFactory.Rel("hosts-since-2016-wire", "HOSTS", "albania", "mko", null, "the camp", new DateOnly(2016, 1, 1), GraphFactory.Cite(wire, "hosted since 2016")),
            GraphFactory.Rel("hosts-since-2016-times", "HOSTS", "albania", "mko", null, "the camp", new DateOnly(2016, 1, 1), GraphFactory.Cite(tehranTimes, "since 2016 too")),
            GraphFactory.Rel("hosts-since-2014-times", "HOSTS", "albania", "mko", null, "the camp", new DateOnly(2014, 1, 1), GraphFactory.Cite(tehranTimes, "since 2014"))]);
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(graph);

        // From 2013 (Tehran Times) and from 2016 (the wire) disagree; the same start, or a report in common, does not.
        var disputes = await session.EvalAsync<string[]>("graphView.model.claims.filter(c => c.type === 'HOSTS').map(c => c.id + ':' + c.disputes.map(d => d.id).sort().join(','))");
        Assert.Equal(
        [
            "r:albania-hosts-mko:r:hosts-since-2016-wire",
            "r:hosts-since-2014-times:r:hosts-since-2016-wire",
            "r:hosts-since-2016-times:",
            "r:hosts-since-2016-wire:r:albania-hosts-mko,r:hosts-since-2014-times",
        ], disputes.Order(StringComparer.Ordinal));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task AnAccusation_ShowsTheAccusedSidesResponses_BesideIt()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph, "#tab=claims&sel=r:albania-accuses-iran");

        var details = await session.Page.TextContentAsync("#details");
        Assert.Contains("Responses from Iran's side (3)", details);
        Assert.Contains("Iran rejected the accusation as baseless", details);          // Iran DENIES Albania
        Assert.Contains("Kanaani called Albania's accusation baseless", details);      // its spokesman
        Assert.Contains("Iran condemned the decision", details);                       // Iran CONDEMNS Albania
        Assert.Contains("3 responses from Iran's side", await session.Page.TextContentAsync("#claims-table tr[data-claim='r:albania-accuses-iran']"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task RollUp_GathersSpeakersUnderWhoTheySpeakFor_InTheMatrixTableFilterAndNodePanel()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph, "#tab=matrix&mtype=DENIES");

        var rows = await session.EvalAsync<string[]>("[...document.querySelectorAll('#matrix tbody th')].map(t => t.textContent)");
        Assert.Equal(["Iran", "Iranian embassy in Brussels", "Nasser Kanaani"], rows.Order());
        await session.Page.CheckAsync("#matrix-rollup");
        rows = await session.EvalAsync<string[]>("[...document.querySelectorAll('#matrix tbody th')].map(t => t.textContent)");
        Assert.Equal(["Iran +"], rows);
        Assert.Equal("2", (await session.Page.TextContentAsync("#matrix button.cell[data-from='iran'][data-to='albania']"))![..1]);
        Assert.Equal("1", (await session.Page.TextContentAsync("#matrix button.cell[data-from='iran'][data-to='nato']"))![..1]);

        // The table's entity filter: Iran as the accuser, with those who speak for it.
        await session.Page.ClickAsync("#tab-claims");
        await session.Page.FillAsync("#claims-entity", "Iran");
        await session.Page.SelectOptionAsync("#claims-role", "from");
        var froms = await session.EvalAsync<string[]>("[...document.querySelectorAll('#claims-table tr.claim td:nth-child(4)')].map(t => t.textContent)");
        Assert.Contains("Nasser Kanaani", froms);
        Assert.Contains("Iranian embassy in Brussels", froms);
        Assert.DoesNotContain("Albania", froms);
        await session.Page.UncheckAsync("#claims-rollup");
        froms = await session.EvalAsync<string[]>("[...document.querySelectorAll('#claims-table tr.claim td:nth-child(4)')].map(t => t.textContent)");
        Assert.All(froms, from => Assert.Contains("Iran", from)); // only names containing "Iran" at the accuser's end
        Assert.DoesNotContain("Nasser Kanaani", froms);
        await session.Page.SelectOptionAsync("#claims-role", "to");
        var tos = await session.EvalAsync<string[]>("[...document.querySelectorAll('#claims-table tr.claim td:nth-child(5)')].map(t => t.textContent)");
        Assert.All(tos, to => Assert.Contains("Iran", to));

        await session.Page.CheckAsync("#claims-rollup");
        await session.Page.ClickAsync("#entity-list button:text-is('Iran')");
        Assert.Contains("Claims by Iran and those who speak for it", await session.Page.TextContentAsync("#details"));
        Assert.Contains("Nasser Kanaani", await session.Page.TextContentAsync("#details ul.claim-list"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ACitationsReviews_AsTheExportWritesThem_ShowOneLineEach_UnderTheQuote()
    {
        // The export writes "reviewed": [{flag, by, on, note}], one entry per acknowledged flag.
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph);

        var lines = await session.EvalAsync<string[]>("""
            Array.from(GraphBuilderView.evidence.quote({ source: 's', publisher: 'P', quote: 'the quote',
              reviewed: [{ flag: 'direction', by: 'ana', on: '2026-12-01', note: 'read the passage' }, { flag: 'cue', by: 'bo', on: '2026-12-02', note: 'n' }] })
              .querySelectorAll('.citation-extra div')).map(d => d.textContent)
            """);

        Assert.Equal(["reviewed: flag direction, by ana, on 2026-12-01, note read the passage", "reviewed: flag cue, by bo, on 2026-12-02, note n"], lines);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task ACitationsFieldsBeyondTheQuote_AreWrittenUnderIt_AsText()
    {
        // Fields the export may gain (a curator's review, a flag) show without a page change.
        await using var session = await PageSession.OpenAsync(browser.Browser, width: 1440);
        await session.OpenExportAsync(Graph);

        var text = await session.EvalAsync<string>("""
            GraphBuilderView.evidence.quote({ source: 's', publisher: 'P', quote: 'the quote', reviewed: { by: 'ana', on: '2026-12-01' }, flag: '<b>check</b>' }).textContent
            """);

        Assert.Contains("the quote", text);
        Assert.Contains("reviewed: by ana, on 2026-12-01", text);
        Assert.Contains("flag: <b>check</b>", text);
        Assert.Empty(session.Errors);
    }

    private static Microsoft.Playwright.ILocator Header(PageSession session, string part, string name) =>
        session.Page.Locator($"#matrix {part} button.head").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{name}$") });
}
