using GraphBuilder.Graph;

namespace GraphBuilder.Cli;

/// <summary>Human counts of a graph, by label and by relationship type.</summary>
internal static class Summary
{
    public static string Of(GraphCounts counts)
    {
        var labels = counts.NodesByLabel.Select(c => $"{c.Value} {c.Key}");
        var types = counts.RelationshipsByType.Select(c => $"{c.Value} {c.Key}");
        return $"{counts.Nodes} nodes ({string.Join(", ", labels)}), {counts.Relationships} relationships ({string.Join(", ", types)})";
    }
}
