using GraphBuilder.Graph;

namespace GraphBuilder.Cli;

/// <summary>Human counts of a graph, by label and by relationship type.</summary>
internal static class Summary
{
    public static string Of(GraphData graph)
    {
        var labels = graph.Nodes.GroupBy(n => n.Label).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        var types = graph.Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        return $"{graph.Nodes.Count} nodes ({string.Join(", ", labels)}), {graph.Relationships.Count} relationships ({string.Join(", ", types)})";
    }
}
