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

    [Fact]
    public void Between_RemovesWhatTheGraphLacks_WhenOnlyARelationshipIdRepeats_AtAnyChunkBoundary()
    {
        // Large enough to be compared in chunks: a repeat straddling two chunks must still be seen.
        const int count = 30_000;
        var nodes = new[] { Some.Node("albania"), Some.Node("iran") };
        var relationships = Enumerable.Range(0, count).Select(i => Some.Relationship($"r{i:D6}", "ACCUSES", "albania", "iran")).ToArray();
        var stored = StoreSnapshot.Of(Some.Graph(nodes, relationships));
        var chunks = ParallelChunks.For(count);
        foreach (var at in Enumerable.Range(1, chunks).Select(c => Math.Min(count - 1, count * c / chunks)).Append(1))
        {
            // The id before position 'at' takes its place: as many elements as the store holds, all found there, one id lacking.
            var repeated = relationships.ToArray();
            repeated[at] = repeated[at - 1];

            var diff = GraphDiff.Between(stored, Some.Graph(nodes, repeated));

            Assert.Equal([$"r{at:D6}"], diff.RemovedRelationships.Select(r => r.Id));
        }
    }
}
