using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Stores.Neo4j.Tests;

/// <summary>Graph shapes the Neo4j store tests share.</summary>
internal static class SomeGraphs
{
    /// <summary><paramref name="nodes"/> states s-0 … s-(n-1), each accusing the next.</summary>
    public static GraphData Chain(int nodes, string prefix = "s")
    {
        var graph = new SomeGraph().Nodes(nodes, "State", prefix);
        for (var i = 0; i + 1 < nodes; i++) graph.Relationship($"{prefix}-r{i}", "ACCUSES", $"{prefix}-{i}", $"{prefix}-{i + 1}");
        return graph.Build();
    }
}
