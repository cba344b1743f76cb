using GraphBuilder.Graph;

namespace GraphBuilder.Queries;

/// <summary>
/// How many independent reports back a relationship: a source that <c>carries</c> another outlet's report (a wire story
/// reprinted) counts as that outlet, others as their publisher, so copies of one report count once.
/// </summary>
public static class ReportOrigins
{
    /// <summary>The source property naming the agency or outlet whose report a source reprints.</summary>
    public const string CarriesProperty = "carries";

    /// <summary>The origins of <paramref name="relationship"/>'s citations, in citation order; a source missing from <paramref name="sources"/> counts as its publisher.</summary>
    public static IReadOnlyList<ReportOrigin> Of(GraphRelationship relationship, IReadOnlyDictionary<string, GraphNode> sources)
    {
        var carriers = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var citation in relationship.Sources)
        {
            var carried = sources.TryGetValue(citation.SourceId, out var node) ? node.Properties.GetString(CarriesProperty) : null;
            var origin = carried ?? citation.Publisher;
            if (!carriers.TryGetValue(origin, out var list))
            {
                carriers[origin] = list = [];
                order.Add(origin);
            }
            if (carried is not null && !list.Contains(citation.Publisher, StringComparer.Ordinal)) list.Add(citation.Publisher);
        }
        return order.Select(o => new ReportOrigin(o, carriers[o])).ToList();
    }

    /// <summary>The nodes citations may name, by id (sources are nodes of the graph).</summary>
    public static IReadOnlyDictionary<string, GraphNode> Index(IEnumerable<GraphNode> nodes) =>
        nodes.Where(n => n.Properties.GetString("publisher") is not null).ToDictionary(n => n.Id, StringComparer.Ordinal);
}
