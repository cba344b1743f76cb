using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Graph;

public sealed class GraphDataContentHashTests
{
    private static readonly GraphNode Albania = new("albania", "State", PropertyMap.Empty, "h-albania");
    private static readonly GraphNode Iran = new("iran", "State", PropertyMap.Empty, "h-iran");
    private static readonly GraphRelationship Accuses = new("a-accuses-i", "ACCUSES", "albania", "iran", PropertyMap.Empty, [], "h-accuses");

    [Fact]
    public void ContentHash_IsTheSame_ForTheSameElementsInAnyOrder()
    {
        Assert.Equal(new GraphData([Albania, Iran], [Accuses]).ContentHash, new GraphData([Iran, Albania], [Accuses]).ContentHash);
        Assert.Matches("^[0-9a-f]{32}$", new GraphData([Albania], []).ContentHash);
    }

    [Fact]
    public void ContentHash_Changes_WhenAnElementsHashOrIdChanges_OrANodeBecomesARelationship()
    {
        var baseline = new GraphData([Albania, Iran], [Accuses]).ContentHash;

        Assert.NotEqual(baseline, new GraphData([Albania, Iran with { Hash = "h-iran-2" }], [Accuses]).ContentHash);
        Assert.NotEqual(baseline, new GraphData([Albania, Iran with { Id = "iran2" }], [Accuses]).ContentHash);
        Assert.NotEqual(baseline, new GraphData([Albania, Iran], []).ContentHash);
        Assert.NotEqual(new GraphData([Albania], []).ContentHash,
            new GraphData([], [new GraphRelationship("albania", "X", "a", "b", PropertyMap.Empty, [], "h-albania")]).ContentHash);
    }
}
