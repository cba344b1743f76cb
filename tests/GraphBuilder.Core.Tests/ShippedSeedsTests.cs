using GraphBuilder.Facts;
using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests;

/// <summary>
/// The seeds shipped in the repository pass every check in strict mode and compile to what their
/// records say. Nothing here pins the live corpus's counts or wording: each check runs on the
/// shipped seeds and on a copy with a fourth report added, and holds for any valid corpus.
/// </summary>
public sealed class ShippedSeedsTests
{
    public static TheoryData<string> Corpora => ["shipped", "shipped plus a fourth report"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void ShippedSeeds_ValidateClean_InStrictMode(string corpus)
    {
        using var seeds = Open(corpus);

        var compiled = new CorpusPipeline(Some.Vocabulary).Run(seeds.Seeds, strict: true, TestContext.Current.CancellationToken);

        Assert.Empty(compiled.Diagnostics.Select(d => seeds.Relative(d.ToString())));
        Assert.Empty(compiled.Warnings);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void ShippedSeeds_Compile_ToOneNodePerEntityAndSource_AndOneRelationshipPerFactAndLink(string corpus)
    {
        using var seeds = Open(corpus);
        var records = new SeedCorpusLoader(Some.Vocabulary).Load(seeds.Seeds, TestContext.Current.CancellationToken).Corpus;

        var graph = seeds.Compile();

        Assert.Equal(records.Sources.Count() + records.Entities.Count(), graph.Nodes.Count);
        Assert.Equal(records.Facts.Count() + records.Entities.Sum(e => e.Links.Count), graph.Relationships.Count);
        Assert.All(graph.Relationships.Where(r => records.Facts.Any(f => f.Id!.Value == r.Id)), r => Assert.NotEmpty(r.Sources));
        var ids = graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(graph.Relationships, r => Assert.True(ids.Contains(r.StartId) && ids.Contains(r.EndId), r.Id));
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void ShippedSeeds_ReparseOnlyChangedFiles_WhenLoadedAgain(string corpus)
    {
        using var seeds = Open(corpus);
        var files = Directory.EnumerateFiles(seeds.Seeds, "*.yaml", SearchOption.AllDirectories).Count();
        var pipeline = new CorpusPipeline(Some.Vocabulary);
        var first = pipeline.Run(seeds.Seeds, TestContext.Current.CancellationToken);
        seeds.Write("facts/hosting.yaml", seeds.Read("facts/hosting.yaml") + "\n# edited\n");

        var second = pipeline.Run(seeds.Seeds, TestContext.Current.CancellationToken);

        Assert.Equal((files, files), (first.FilesTotal, first.FilesParsed));
        Assert.Equal((files, 1), (second.FilesTotal, second.FilesParsed));
        Assert.True(second.IsValid);
    }

    [Fact]
    public void Reports_KeepBothMkoHostingClaims_WithDifferentSources()
    {
        using var seeds = TempSeeds.FromReports();

        var hosting = seeds.Compile().Relationships.Where(r => r is { Type: "HOSTS", StartId: "albania", EndId: "mko" }).ToList();

        Assert.Equal(["albania-hosts-mko-agreed-2013", "albania-hosts-mko-since-2016"], hosting.Select(r => r.Id));
        Assert.Equal("2016/..", hosting[1].Properties["date"]);
        Assert.False(hosting[0].Properties.ContainsKey("date"));
        Assert.Empty(hosting[0].Sources.Select(s => s.SourceId).Intersect(hosting[1].Sources.Select(s => s.SourceId)));
    }

    private static TempSeeds Open(string corpus)
    {
        var seeds = TempSeeds.FromShippedSeeds();
        if (corpus != "shipped") AddFourthReport(seeds);
        return seeds;
    }

    /// <summary>What a curator adds for a new report: its document, a source entry and a fact quoting it.</summary>
    private static void AddFourthReport(TempSeeds seeds)
    {
        seeds.Write("documents/004_test_tribune.txt", """
            Example Tribune

            Tirana, 12 September 2022

            Albania's interior minister said on Monday that Iran's hackers had also targeted the border police's systems.
            The ministry did not say when that attack took place.
            """);
        seeds.Write("sources.yaml", seeds.Read("sources.yaml") + """

              - id: test-tribune-2022-09-12
                title: Albania says border police systems were also hit
                dateline: Tirana, 12 September 2022
                publisher: Example Tribune
                published: 2022-09-12
                document: documents/004_test_tribune.txt

            """);
        seeds.Write("facts/fourth-report.yaml", """
            facts:
              - id: albania-accuses-iran-border-systems
                type: ACCUSES
                subject: albania
                object: iran
                date: 2022-09-12
                about: a cyberattack on the border police's systems
                sources:
                  - source: test-tribune-2022-09-12
                    quote: "Albania's interior minister said on Monday that Iran's hackers had also targeted the border police's systems."
            """);
    }
}
