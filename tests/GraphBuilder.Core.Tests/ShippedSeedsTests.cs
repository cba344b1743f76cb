using GraphBuilder.Testing;

namespace GraphBuilder.Tests;

/// <summary>The seeds shipped in the repository are valid and compile to the graph the docs describe.</summary>
public sealed class ShippedSeedsTests : IDisposable
{
    private readonly TempSeeds _seeds = TempSeeds.FromShippedSeeds();

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public void ShippedSeeds_ValidateClean() => Assert.Empty(_seeds.Problems());

    [Fact]
    public void ShippedSeeds_Compile_ToEveryEntitySourceAndFact()
    {
        var graph = _seeds.Compile();

        Assert.Equal(25, graph.Nodes.Count);
        Assert.Equal(3, graph.Nodes.Count(n => n.Label == "Source"));
        Assert.Equal(59, graph.Relationships.Count);
        Assert.All(graph.Relationships, r => Assert.NotEmpty(r.Sources));
        var ids = graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(graph.Relationships, r => Assert.True(ids.Contains(r.StartId) && ids.Contains(r.EndId), r.Id));
    }

    [Fact]
    public void ShippedSeeds_KeepBothMkoHostingClaims_WithDifferentSources()
    {
        var hosting = _seeds.Compile().Relationships.Where(r => r is { Type: "HOSTS", StartId: "albania", EndId: "mko" }).ToList();

        Assert.Equal(["albania-hosts-mko-since-2013", "albania-hosts-mko-since-2016"], hosting.Select(r => r.Id));
        Assert.Equal(["2013/..", "2016/.."], hosting.Select(r => r.Properties["date"]));
        Assert.Empty(hosting[0].Sources.Select(s => s.SourceId).Intersect(hosting[1].Sources.Select(s => s.SourceId)));
    }

    [Fact]
    public void ShippedSeeds_ReparseOnlyChangedFiles_WhenLoadedAgain()
    {
        var pipeline = new GraphBuilder.Graph.CorpusPipeline(Some.Vocabulary);
        var first = pipeline.Run(_seeds.Seeds, TestContext.Current.CancellationToken);
        _seeds.Write("facts/hosting.yaml", _seeds.Read("facts/hosting.yaml") + "\n# edited\n");

        var second = pipeline.Run(_seeds.Seeds, TestContext.Current.CancellationToken);

        Assert.Equal((9, 9), (first.FilesTotal, first.FilesParsed));
        Assert.Equal((9, 1), (second.FilesTotal, second.FilesParsed));
        Assert.True(second.IsValid);
    }
}
