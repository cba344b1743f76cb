using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Graph;

/// <summary>
/// Every element hash of a fixture corpus, recorded from the hashing before property values became typed:
/// stores written by earlier builds must stay "up to date" after any change to how values are held.
/// </summary>
public sealed class FixtureCorpusHashTests : IDisposable
{
    private readonly TempSeeds _seeds = TempSeeds.FromFixture("hash-corpus");

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public void Compile_GivesTheRecordedHash_ForEveryElementOfTheFixtureCorpus()
    {
        var graph = _seeds.Compile();
        var actual = graph.Nodes.Select(n => $"N {n.Id} {n.Hash}").Concat(graph.Relationships.Select(r => $"R {r.Id} {r.Hash}")).ToArray();

        var expected = File.ReadAllLines(RepoPaths.Fixture("hash-corpus.hashes"));

        Assert.Equal(expected, actual);
    }
}
