using CsCheck;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Graph;

/// <summary>A graph's content hash resumed from an earlier graph's checkpoints is the hash a fresh computation gives.</summary>
public sealed class GraphHashTests
{
    private static GraphNode Node(int i, string hash = "h") => new($"n{i:D6}", "State", PropertyMap.Empty, $"{hash}{i}");

    private static GraphRelationship Relationship(int i, string hash = "h") =>
        new($"r{i:D6}", "ACCUSES", "n000000", "n000001", PropertyMap.Empty, [], $"{hash}{i}");

    private static GraphData Graph(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships) => new(nodes, relationships);

    [Fact]
    public void ContentHash_ResumedFromAnEarlierGraph_IsTheFreshHash_AfterAnyEdit()
    {
        var sizes = Gen.Int[0, 3 * GraphHash.Interval];
        Gen.Select(sizes, sizes, Gen.Int[0, 3], Gen.Int[0, 6 * GraphHash.Interval]).Sample((nodeCount, relationshipCount, edit, at) =>
        {
            var nodes = Enumerable.Range(0, nodeCount).Select(i => Node(i)).ToList();
            var relationships = Enumerable.Range(0, relationshipCount).Select(i => Relationship(i)).ToList();
            var earlier = Graph(nodes, relationships);
            _ = earlier.ContentHash;

            var onNodes = at < nodeCount;
            var index = onNodes ? at : Math.Min(at - nodeCount, relationshipCount);
            switch (edit)
            {
                case 0 when onNodes: nodes[index] = Node(index, "changed"); break;
                case 0 when index < relationshipCount: relationships[index] = Relationship(index, "changed"); break;
                case 1 when onNodes: nodes.RemoveAt(index); break;
                case 1 when index < relationshipCount: relationships.RemoveAt(index); break;
                case 2: relationships.Add(Relationship(relationshipCount + 1)); break;
            }
            var later = Graph(nodes, relationships);
            later.FollowOn(earlier);

            Assert.Equal(Graph(nodes, relationships).ContentHash, later.ContentHash);
        }, iter: 60);
    }

    [Fact]
    public void ContentHash_OfAGraphEditedNearItsEnd_ReadsOnlyTheElementsAfterTheLastSharedCheckpoint()
    {
        var nodes = Enumerable.Range(0, 3 * GraphHash.Interval).Select(i => Node(i)).ToList();
        var relationships = Enumerable.Range(0, 10).Select(i => Relationship(i)).ToList();
        var earlier = Graph(nodes, relationships);
        Assert.Equal(nodes.Count + relationships.Count, earlier.Hash.ElementsHashed);

        relationships[^1] = Relationship(9, "changed");
        var later = Graph(nodes, relationships);
        later.FollowOn(earlier);

        Assert.Equal(10, later.Hash.ElementsHashed);
        Assert.Equal(Graph(nodes, relationships).ContentHash, later.ContentHash);
        Assert.NotEqual(earlier.ContentHash, later.ContentHash);
    }

    [Fact]
    public void ContentHash_ReadOnSeveralThreadsAtOnce_IsComputedOnce_FromTheEarlierGraph()
    {
        // A sync starts the hash beside its diff, which reads it too: both must get the one resumed hash.
        var nodes = Enumerable.Range(0, 3 * GraphHash.Interval).Select(i => Node(i)).ToList();
        var relationships = Enumerable.Range(0, 10).Select(i => Relationship(i)).ToList();
        var earlier = Graph(nodes, relationships);
        _ = earlier.ContentHash;
        relationships[^1] = Relationship(9, "changed");
        var later = Graph(nodes, relationships);
        later.FollowOn(earlier);

        const int readers = 8;
        using var start = new Barrier(readers);
        var seen = new GraphHash[readers];
        Parallel.For(0, readers, new ParallelOptions { MaxDegreeOfParallelism = readers }, i =>
        {
            start.SignalAndWait(TestContext.Current.CancellationToken);
            seen[i] = later.Hash;
        });

        Assert.All(seen, hash => Assert.Same(seen[0], hash));
        Assert.Equal(10, seen[0].ElementsHashed);
        Assert.Equal(Graph(nodes, relationships).ContentHash, seen[0].Value);
    }

    [Fact]
    public void ContentHash_ResumesAfterElementsRebuiltWithTheSameText()
    {
        var earlier = Graph(Enumerable.Range(0, 2 * GraphHash.Interval + 5).Select(i => Node(i)), []);
        _ = earlier.ContentHash;
        var later = Graph(Enumerable.Range(0, 2 * GraphHash.Interval + 5).Select(i => i == 2 * GraphHash.Interval + 1 ? Node(i, "changed") : Node(i)), []);
        later.FollowOn(earlier);

        Assert.Equal(5, later.Hash.ElementsHashed);
        Assert.NotEqual(earlier.ContentHash, later.ContentHash);
    }

    [Fact]
    public void ContentHash_OfTheSameElements_IsTheEarlierOne_WithoutReadingThem()
    {
        var nodes = Enumerable.Range(0, 5).Select(i => Node(i)).ToList();
        var earlier = Graph(nodes, []);
        var hash = earlier.ContentHash;
        var later = Graph(nodes, []);
        later.FollowOn(earlier);

        Assert.Equal(hash, later.ContentHash);
        Assert.Equal(0, later.Hash.ElementsHashed);
    }
}
