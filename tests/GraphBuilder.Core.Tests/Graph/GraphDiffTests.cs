using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Graph;

public sealed class GraphDiffTests
{
    private static readonly GraphData Before = Some.Graph(
        [Some.Node("albania"), Some.Node("iran"), Some.Node("nato", "Organisation")],
        [
            Some.Relationship("r1", "ACCUSES", "albania", "iran"),
            Some.Relationship("r2", "SUPPORTS", "nato", "albania"),
        ]);

    [Fact]
    public void Between_IsEmpty_WhenNothingChanged()
    {
        var diff = GraphDiff.Between(StoreSnapshot.Of(Before), Before);

        Assert.True(diff.IsEmpty);
        Assert.Equal(default, diff.Counts);
    }

    [Fact]
    public void Between_AddsEverything_ToAnEmptyStore()
    {
        var diff = GraphDiff.Between(StoreSnapshot.Empty, Before);

        Assert.Equal(["albania", "iran", "nato"], diff.AddedNodes.Select(n => n.Id));
        Assert.Equal(["r1", "r2"], diff.AddedRelationships.Select(r => r.Id));
        Assert.Equal(new DiffCounts(3, 0, 0, 2, 0, 0), diff.Counts);
    }

    [Fact]
    public void Between_ReportsAddedChangedAndRemoved()
    {
        var after = Some.Graph(
            [Some.Node("albania", "State", ("name", "Republic of Albania")), Some.Node("iran"), Some.Node("israel")],
            [
                Some.Relationship("r1", "ACCUSES", "albania", "iran", [Some.Citation(quote: "a different quote")]),
                Some.Relationship("r3", "ACCUSES", "iran", "israel"),
            ]);

        var diff = GraphDiff.Between(StoreSnapshot.Of(Before), after);

        Assert.Equal(["israel"], diff.AddedNodes.Select(n => n.Id));
        Assert.Equal(["albania"], diff.ChangedNodes.Select(n => n.Id));
        Assert.Equal([new RemovedElement("nato", "Organisation")], diff.RemovedNodes);
        Assert.Equal(["r3"], diff.AddedRelationships.Select(r => r.Id));
        Assert.Equal(["r1"], diff.ChangedRelationships.Select(r => r.Id));
        Assert.Equal([new RemovedElement("r2", "SUPPORTS")], diff.RemovedRelationships);
        Assert.Equal(new DiffCounts(1, 1, 1, 1, 1, 1), diff.Counts);
    }

    [Fact]
    public void Between_RemovesAndReAddsARelabelledNode_WithItsRelationships()
    {
        var after = Some.Graph(
            [Some.Node("albania"), Some.Node("iran"), Some.Node("nato", "State")],
            [
                Some.Relationship("r1", "ACCUSES", "albania", "iran"),
                Some.Relationship("r2", "SUPPORTS", "nato", "albania"),
            ]);

        var diff = GraphDiff.Between(StoreSnapshot.Of(Before), after);

        Assert.Equal(["nato"], diff.AddedNodes.Select(n => n.Id));
        Assert.Equal([new RemovedElement("nato", "Organisation")], diff.RemovedNodes);
        Assert.Empty(diff.ChangedNodes);
        Assert.Equal(["r2"], diff.AddedRelationships.Select(r => r.Id));
        Assert.Equal([new RemovedElement("r2", "SUPPORTS")], diff.RemovedRelationships);
        Assert.Empty(diff.ChangedRelationships);
    }

    [Fact]
    public void Between_RemovesAndReAddsARelationship_WhoseTypeChanged()
    {
        var after = Some.Graph(Before.Nodes,
        [
            Some.Relationship("r1", "CONDEMNS", "albania", "iran"),
            Before.Relationships[1],
        ]);

        var diff = GraphDiff.Between(StoreSnapshot.Of(Before), after);

        Assert.Equal(["r1"], diff.AddedRelationships.Select(r => r.Id));
        Assert.Equal([new RemovedElement("r1", "ACCUSES")], diff.RemovedRelationships);
        Assert.Empty(diff.ChangedRelationships);
        Assert.Empty(diff.AddedNodes);
    }

    [Fact]
    public void Between_RemovesEverything_WhenTheGraphIsEmpty()
    {
        var diff = GraphDiff.Between(StoreSnapshot.Of(Before), GraphData.Empty);

        Assert.Equal(["albania", "iran", "nato"], diff.RemovedNodes.Select(n => n.Id));
        Assert.Equal(["r1", "r2"], diff.RemovedRelationships.Select(r => r.Id));
        Assert.Empty(diff.UpsertNodes);
        Assert.Empty(diff.UpsertRelationships);
    }

    [Fact]
    public void Between_RemovesWhatTheGraphLacks_EvenWhenTheGraphRepeatsAnId()
    {
        var repeated = Some.Graph([Some.Node("albania"), Some.Node("albania"), Some.Node("iran")], [Before.Relationships[0], Before.Relationships[0]]);

        var diff = GraphDiff.Between(StoreSnapshot.Of(Before), repeated);

        Assert.Equal([new RemovedElement("nato", "Organisation")], diff.RemovedNodes);
        Assert.Equal([new RemovedElement("r2", "SUPPORTS")], diff.RemovedRelationships);
    }
}
