using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Schema;

namespace GraphBuilder.Web;

/// <summary>
/// What the served page loads first from a large graph: its busiest entities, the relationships among them and
/// the reports those cite, so the first response stays small at 100k facts (the page fetches the rest on request).
/// "Busiest" is the page's measure (model.js, filters.js topSet): most claims, a claim being one statement (facts
/// sharing a <c>statement</c> count once), counted at both ends, structural links not counted, reports (nodes any
/// relationship cites) never chosen, ties by id. The exported page, which holds its whole graph, ranks in the page.
/// </summary>
internal static class GraphFirstView
{
    /// <summary>Above this many relationships the page first shows only the busiest entities (app.js LARGE).</summary>
    public const int LargeRelationships = 3000;

    /// <summary>How many entities the served page loads first from a large graph.</summary>
    public const int TopEntities = 50;

    /// <summary>
    /// The <paramref name="top"/> busiest entities of <paramref name="graph"/> with the relationships among them and
    /// the reports they cite, and how many entities (reports apart) and relationships the whole graph has; null when
    /// the graph has at most <see cref="LargeRelationships"/> relationships (then the whole graph is the first view).
    /// </summary>
    public static GraphFirstViewPart? Select(GraphData graph, Vocabulary? vocabulary, int top)
    {
        if (graph.Relationships.Count <= LargeRelationships) return null;
        var reports = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in graph.Relationships)
            foreach (var c in r.Sources) reports.Add(c.SourceId);

        // Claims each entity takes part in, a statement reported by several facts counted once.
        var claims = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var r in graph.Relationships)
        {
            if (IsStructural(r.Type, vocabulary)) continue;
            var statement = r.Properties.GetString(StatementCount.Property);
            var key = string.IsNullOrEmpty(statement) ? "r:" + r.Id : $"s:{r.Type}|{r.StartId}|{r.EndId}|{statement}";
            Add(claims, r.StartId, key);
            Add(claims, r.EndId, key);
        }
        var entities = graph.Nodes.Where(n => !reports.Contains(n.Id)).ToArray();
        var chosen = entities
            .OrderByDescending(n => claims.TryGetValue(n.Id, out var c) ? c.Count : 0)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .Take(top)
            .Select(n => n.Id)
            .ToHashSet(StringComparer.Ordinal);
        var relationships = graph.Relationships.Where(r => chosen.Contains(r.StartId) && chosen.Contains(r.EndId)).ToArray();
        var cited = relationships.SelectMany(r => r.Sources).Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        var nodes = graph.Nodes.Where(n => chosen.Contains(n.Id) || cited.Contains(n.Id));
        return new GraphFirstViewPart(new GraphData(nodes, relationships), entities.Length, graph.Relationships.Count);
    }

    // As the page: a type the vocabulary does not know is a claim.
    private static bool IsStructural(string type, Vocabulary? vocabulary) =>
        vocabulary is not null && vocabulary.RelationshipTypes.TryGetValue(type, out var t) && t.Category == "structural";

    private static void Add(Dictionary<string, HashSet<string>> claims, string entity, string key)
    {
        if (!claims.TryGetValue(entity, out var set)) claims[entity] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(key);
    }
}
