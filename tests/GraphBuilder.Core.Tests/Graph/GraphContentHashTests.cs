using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Graph;

public sealed class GraphContentHashTests
{
    private static readonly GraphNode Albania = new("albania", "State", new PropertyMap(), "h-albania");
    private static readonly GraphNode Iran = new("iran", "State", new PropertyMap(), "h-iran");
    private static readonly GraphRelationship Accuses = new("a-accuses-i", "ACCUSES", "albania", "iran", new PropertyMap(), [], "h-accuses");

    [Fact]
    public void Of_IsTheSame_ForTheSameElementsInAnyOrder()
    {
        Assert.Equal(GraphContentHash.Of(new GraphData([Albania, Iran], [Accuses])), GraphContentHash.Of(new GraphData([Iran, Albania], [Accuses])));
        Assert.Matches("^[0-9a-f]{32}$", GraphContentHash.Of(new GraphData([Albania], [])));
    }

    [Fact]
    public void Of_Changes_WhenAnElementsHashOrIdChanges_OrANodeBecomesARelationship()
    {
        var baseline = GraphContentHash.Of(new GraphData([Albania, Iran], [Accuses]));

        Assert.NotEqual(baseline, GraphContentHash.Of(new GraphData([Albania, Iran with { Hash = "h-iran-2" }], [Accuses])));
        Assert.NotEqual(baseline, GraphContentHash.Of(new GraphData([Albania, Iran with { Id = "iran2" }], [Accuses])));
        Assert.NotEqual(baseline, GraphContentHash.Of(new GraphData([Albania, Iran], [])));
        Assert.NotEqual(GraphContentHash.Of(new GraphData([Albania], [])),
            GraphContentHash.Of(new GraphData([], [new GraphRelationship("albania", "X", "a", "b", new PropertyMap(), [], "h-albania")])));
    }
}
