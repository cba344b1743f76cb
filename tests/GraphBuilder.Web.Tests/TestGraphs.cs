using GraphBuilder.Graph;
using static GraphBuilder.Web.Tests.GraphFactory;

namespace GraphBuilder.Web.Tests;

/// <summary>
/// Graphs for the browser tests. The Albania graph mirrors the first corpus's shape (states,
/// bodies, officials, sources; accusations, denials, sanctions, links); its quotes are
/// paraphrased test text, not verified quotations.
/// </summary>
internal static class TestGraphs
{
    public const string Hostile = "<img src=x onerror=\"window.__pwned=1\">";
    public const string HostileScript = "<script>window.__pwned=1</script>";
    public const string HostileBreakout = "</script><script>window.__pwned=1</script>";

    public const string WireUrl = "https://example.org/wire/albania-cuts-ties";

    public static GraphData AlbaniaCyberattack()
    {
        var tehranTimes = Source("tehran-times-2022-09-09", "Tehran Times", "Iran rejects Albania's claims", new DateOnly(2022, 9, 9));
        var reuters = Source("wire-2022-09-07", "Wire service", "Albania cuts ties with Iran over cyberattack", new DateOnly(2022, 9, 7), WireUrl);
        var treasury = Source("treasury-2022-09-09", "US Department of the Treasury", "Treasury sanctions Iran's intelligence ministry", new DateOnly(2022, 9, 9));

        GraphNode[] nodes =
        [
            Node("albania", "State", "Albania", "state", ["Tirana", "Republic of Albania"]),
            Node("iran", "State", "Iran", "state", ["Tehran", "Islamic Republic of Iran"]),
            Node("united-states", "State", "United States", "state", ["US", "Washington"]),
            Node("united-kingdom", "State", "United Kingdom", "state", ["UK", "London"]),
            Node("nato", "Organisation", "NATO", "organisation", ["North Atlantic Treaty Organization"]),
            Node("iran-mois", "Organisation", "Ministry of Intelligence and Security of Iran", "organisation", ["MOIS"]),
            Node("mko", "Organisation", "People's Mojahedin Organization of Iran", "organisation", ["MEK", "MKO"]),
            Node("us-treasury", "Organisation", "US Department of the Treasury", "organisation"),
            Node("edi-rama", "Official", "Edi Rama", "official", role: "Prime Minister of Albania"),
            Node("nasser-kanaani", "Official", "Nasser Kanaani", "official", role: "Spokesman, Iranian Foreign Ministry"),
            Node("iran-embassy-brussels", "Organisation", "Iranian embassy in Brussels", "organisation"),
            Node("jens-stoltenberg", "Official", "Jens Stoltenberg", "official", role: "NATO Secretary General"),
            tehranTimes, reuters, treasury,
        ];

        var about = "the July 2022 cyberattack on Albanian government systems";
        GraphRelationship[] rels =
        [
            Rel("albania-accuses-iran", "ACCUSES", "albania", "iran", "2022-09-07", about, null,
                Cite(reuters, "Albania accused Iran of orchestrating the cyberattack"),
                Cite(tehranTimes, "having accused Tehran of the cyberattack against Tirana")),
            Rel("rama-accuses-iran", "ACCUSES", "edi-rama", "iran", "2022-09-07", about, null,
                Cite(reuters, "Rama said the attack was orchestrated and sponsored by Iran")),
            Rel("us-accuses-iran", "ACCUSES", "united-states", "iran", "2022-09-07", about, null,
                Cite(reuters, "Washington said Iran was responsible")),
            Rel("uk-accuses-iran", "ACCUSES", "united-kingdom", "iran", "2022-09-07", about, null,
                Cite(reuters, "London said Iran was almost certainly responsible")),
            Rel("iran-accuses-us", "ACCUSES", "iran", "united-states", "2022-09", "backing the MKO", null,
                Cite(tehranTimes, "Tehran accused Washington of backing the group")),
            Rel("albania-severs-iran", "SEVERS_TIES_WITH", "albania", "iran", "2022-09-07", null, null,
                Cite(reuters, "Albania cut diplomatic ties with Iran")),
            Rel("nato-condemns-iran", "CONDEMNS", "nato", "iran", "2022-09-08", about, null,
                Cite(reuters, "NATO strongly condemned the cyberattack")),
            Rel("us-condemns-iran", "CONDEMNS", "united-states", "iran", "2022-09-07", about, null,
                Cite(reuters, "the United States strongly condemned Iran's cyberattack")),
            Rel("iran-condemns-albania", "CONDEMNS", "iran", "albania", "2022-09-08", "severing ties", null,
                Cite(tehranTimes, "Iran condemned the decision")),
            Rel("treasury-sanctions-mois", "SANCTIONS", "us-treasury", "iran-mois", "2022-09-09", about, null,
                Cite(treasury, "Treasury sanctions Iran's Ministry of Intelligence"),
                Cite(reuters, "the US imposed sanctions on Iran's intelligence ministry")),
            Rel("iran-denies-albania", "DENIES", "iran", "albania", "2022-09-08", about, null,
                Cite(tehranTimes, "Iran rejected the accusation as baseless")),
            Rel("embassy-denies-nato", "DENIES", "iran-embassy-brussels", "nato", "2022-09-10", about, null,
                Cite(tehranTimes, "NATO is in no position to accuse the Islamic Republic")),
            Rel("albania-hosts-mko", "HOSTS", "albania", "mko", null, "the Ashraf 3 camp", new DateOnly(2013, 1, 1),
                Cite(tehranTimes, "Albania hosts members of the MKO")),
            Rel("nato-supports-albania", "SUPPORTS", "nato", "albania", "2022-09-08", null, null,
                Cite(reuters, "NATO allies stand in solidarity with Albania")),
            Rel("edi-rama/HOLDS_OFFICE/albania", "HOLDS_OFFICE", "edi-rama", "albania", sources: Cite(reuters, "Prime Minister Edi Rama")),
            Rel("nasser-kanaani/HOLDS_OFFICE/iran", "HOLDS_OFFICE", "nasser-kanaani", "iran", sources: Cite(tehranTimes, "Foreign Ministry spokesman Nasser Kanaani")),
            Rel("jens-stoltenberg/HOLDS_OFFICE/nato", "HOLDS_OFFICE", "jens-stoltenberg", "nato", sources: Cite(reuters, "NATO Secretary General Jens Stoltenberg")),
            Rel("iran-mois/PART_OF/iran", "PART_OF", "iran-mois", "iran", sources: Cite(treasury, "Iran's Ministry of Intelligence and Security")),
            Rel("us-treasury/PART_OF/united-states", "PART_OF", "us-treasury", "united-states", sources: Cite(treasury, "U.S. Department of the Treasury")),
            Rel("albania/MEMBER_OF/nato", "MEMBER_OF", "albania", "nato", sources: Cite(reuters, "NATO member Albania")),
            Rel("united-kingdom/MEMBER_OF/nato", "MEMBER_OF", "united-kingdom", "nato", sources: Cite(reuters, "fellow NATO member Britain")),
        ];
        return new GraphData(nodes, rels);
    }

    /// <summary>
    /// The Albania graph with what an analyst asks about: a second, disputed account of the MKO
    /// hosting (since 2016 against from 2013), Iran's spokesman denying Albania's accusation, and
    /// the Brussels embassy as part of Iran (so its denial counts for Iran when speakers roll up).
    /// </summary>
    public static GraphData Analyst()
    {
        var graph = AlbaniaCyberattack();
        var tehranTimes = graph.Nodes.Single(n => n.Id == "tehran-times-2022-09-09");
        GraphRelationship[] extra =
        [
            Disputing(Rel("albania-hosts-mko-since-2016", "HOSTS", "albania", "mko", null, "the MKO moved from Iraq", new DateOnly(2016, 1, 1),
                Cite(tehranTimes, "the MKO has been hosted by Albania since 2016")), "albania-hosts-mko"),
            Rel("kanaani-denies-albania", "DENIES", "nasser-kanaani", "albania", "2022-09-08", "the cyberattack", null,
                Cite(tehranTimes, "Kanaani called Albania's accusation baseless")),
            Rel("iran-embassy-brussels/PART_OF/iran", "PART_OF", "iran-embassy-brussels", "iran", sources: Cite(tehranTimes, "Iran's embassy in Brussels")),
        ];
        return new GraphData(graph.Nodes, [.. graph.Relationships, .. extra]);
    }

    /// <summary>
    /// One statement (the US accusing Iran) reported by two outlets as two facts with the same
    /// <c>statement</c> id, plus one other claim: the page must count the statement once.
    /// </summary>
    public static GraphData OneStatementTwoReports()
    {
        var first = Source("outlet-a", "Outlet A", "US blames Iran", new DateOnly(2022, 9, 8));
        var second = Source("outlet-b", "Outlet B", "Washington points at Tehran", new DateOnly(2022, 9, 9));
        GraphNode[] nodes = [Node("united-states", "State", "United States", "state"), Node("iran", "State", "Iran", "state"), first, second];
        GraphRelationship[] rels =
        [
            Stated(Rel("us-accuses-iran-a", "ACCUSES", "united-states", "iran", "2022-09-07", "the cyberattack", null, Cite(first, "the US said Iran was behind it")), "us-statement-2022-09-07"),
            Stated(Rel("us-accuses-iran-b", "ACCUSES", "united-states", "iran", "2022-09-07", "the cyberattack", null, Cite(second, "Washington blamed Tehran")), "us-statement-2022-09-07"),
            Rel("iran-denies-us", "DENIES", "iran", "united-states", "2022-09-10", "the accusation", null, Cite(second, "Tehran rejected the claim")),
        ];
        return new GraphData(nodes, rels);
    }

    /// <summary>Names, quotes and other text that would execute if the page ever used them as markup.</summary>
    public static GraphData WithHostileText()
    {
        var source = Source("evil-source", Hostile, HostileScript, new DateOnly(2022, 9, 9));
        GraphNode[] nodes =
        [
            Node("victim", "State", HostileScript, "state", [Hostile]),
            Node("attacker", "Organisation", Hostile, "organisation", role: HostileBreakout),
            source,
        ];
        GraphRelationship[] rels =
        [
            Rel("hostile-claim", "ACCUSES", "attacker", "victim", "2022-09-07", HostileBreakout, null,
                Cite(source, Hostile), Cite(source, HostileScript + " and a line\u2028separator")),
        ];
        return new GraphData(nodes, rels);
    }

    /// <summary>A small graph of <paramref name="nodeCount"/> states, each accusing the next.</summary>
    public static GraphData Chain(int nodeCount, string quote = "claim")
    {
        var source = Source("chain-source", "Publisher", "Title", new DateOnly(2022, 9, 9));
        var nodes = Enumerable.Range(1, nodeCount).Select(i => Node($"state-{i}", "State", $"State {i}", "state")).ToArray();
        var rels = Enumerable.Range(1, nodeCount - 1)
            .Select(i => Rel($"claim-{i}", "ACCUSES", $"state-{i}", $"state-{i + 1}", "2022-09-07", null, null, Cite(source, $"{quote} {i}")))
            .ToArray();
        return new GraphData(nodes, rels);
    }

    /// <summary><paramref name="nodeCount"/> states and <paramref name="relationshipCount"/> accusations among them, spread unevenly.</summary>
    public static GraphData Dense(int nodeCount, int relationshipCount)
    {
        var source = Source("dense-source", "Publisher", "Title", new DateOnly(2022, 9, 9));
        var nodes = Enumerable.Range(0, nodeCount).Select(i => Node($"state-{i}", "State", $"State {i}", "state")).Append(source).ToArray();
        var rels = Enumerable.Range(0, relationshipCount)
            .Select(i => Rel($"claim-{i}", "ACCUSES", $"state-{i % nodeCount}", $"state-{(i * 7 + i / nodeCount + 1) % nodeCount}", "2022-09-07", null, null, Cite(source, $"claim {i}")))
            .Where(r => r.StartId != r.EndId)
            .ToArray();
        return new GraphData(nodes, rels);
    }

    /// <summary>
    /// 3,602 relationships whose three busiest entities by claims are hub-1 (601), hub-2 (502) and hub-3 (401): echo-1
    /// and echo-2 share 1,600 facts of one statement (one claim each), office-holder's 500 links are structural (no claims),
    /// and dense-source, cited by every fact, is a report. Only link-1-2 and link-2-3 lie among the hubs.
    /// </summary>
    public static GraphData Hubs()
    {
        var source = Source("dense-source", "Publisher", "Title", new DateOnly(2022, 9, 9));
        var leaves = Enumerable.Range(0, 1000).Select(i => Node($"leaf-{i}", "State", $"Leaf {i}", "state")).ToArray();
        var nodes = new[] { "hub-1", "hub-2", "hub-3", "echo-1", "echo-2", "office-holder" }
            .Select(id => Node(id, id == "office-holder" ? "Person" : "State", id, id == "office-holder" ? "person" : "state")).Concat(leaves).Append(source);
        GraphRelationship Claim(string id, string from, string to) => Rel(id, "ACCUSES", from, to, "2022-09-07", null, null, Cite(source, id));
        var rels = new[] { (Hub: "hub-1", Leaves: 600), (Hub: "hub-2", Leaves: 500), (Hub: "hub-3", Leaves: 400) }
            .SelectMany(h => Enumerable.Range(0, h.Leaves).Select(i => Claim($"{h.Hub}-{i}", h.Hub, $"leaf-{i}")))
            .Concat(Enumerable.Range(0, 1600).Select(i => Stated(Claim($"echo-{i}", "echo-1", "echo-2"), "one statement")))
            .Concat(Enumerable.Range(0, 500).Select(i => Rel($"office-{i}", "MEMBER_OF", "office-holder", $"leaf-{i}", null, null, null, Cite(source, $"office {i}"))))
            .Append(Claim("link-1-2", "hub-1", "hub-2"))
            .Append(Claim("link-2-3", "hub-2", "hub-3"));
        return new GraphData(nodes, rels);
    }
}
