using GraphBuilder.Facts;
using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Graph;

/// <summary>
/// <see cref="CorpusPipeline.ForOneRun"/> (the CLI's) against the default pipeline (the worker's): the same diagnostics and
/// graph, and nothing of a run's load held afterwards.
/// </summary>
public sealed class OneRunPipelineTests
{
    [Theory]
    [InlineData("reports-2022-09")]
    [InlineData("hash-corpus")]
    [InlineData("validation/base")]
    public void ForOneRun_GivesTheGraphAndWarningsOfTheDefaultPipeline(string fixture)
    {
        using var seeds = TempSeeds.FromFixture(fixture);

        var (once, kept) = RunBoth(seeds.Seeds, strict: false);

        Assert.True(kept.IsValid);
        Assert.Equal(Describe(kept), Describe(once));
        Assert.Equal(GraphFingerprint.Of(StoreSnapshot.Of(kept.Graph!)), GraphFingerprint.Of(StoreSnapshot.Of(once.Graph!)));
        Assert.Equal(kept.Graph!.ContentHash, once.Graph!.ContentHash);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ForOneRun_GivesTheDiagnosticsOfTheDefaultPipeline_ForAnInvalidCorpus(bool strict)
    {
        using var seeds = TempSeeds.FromReports();
        seeds.Edit("facts/accusations.yaml", "subject: albania", "subject: albanía");
        seeds.Edit("facts/accusations.yaml", "The Albanian government has accused Iran", "The Albanian government has proved Iran");

        var (once, kept) = RunBoth(seeds.Seeds, strict);

        Assert.False(kept.IsValid);
        Assert.False(once.IsValid);
        Assert.NotEmpty(kept.Diagnostics);
        Assert.Equal(Describe(kept), Describe(once));
    }

    [Theory]
    [InlineData("reports-2022-09")]
    [InlineData("hash-corpus")]
    [InlineData("validation/base")]
    public void Check_CountsWhatTheCompiledGraphHolds_WithoutCompilingIt(string fixture)
    {
        using var seeds = TempSeeds.FromFixture(fixture);
        var reclaims = 0;

        var check = new OneRunBuild(SomeVocabulary.FromRepository(), null, reclaim: _ => reclaims++).Check(seeds.Seeds, strict: false, TestContext.Current.CancellationToken);
        var run = CorpusPipeline.ForOneRun(SomeVocabulary.FromRepository()).Run(seeds.Seeds, strict: false, TestContext.Current.CancellationToken);

        Assert.True(check.IsValid);
        Assert.Null(check.Graph);
        Assert.Equal(0, reclaims);
        Assert.Equal(Describe(run), Describe(check));
        Assert.Equal(GraphCounts.Of(run.Graph!).NodesByLabel, check.Counts!.NodesByLabel);
        Assert.Equal(GraphCounts.Of(run.Graph!).RelationshipsByType, check.Counts.RelationshipsByType);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_GivesTheDiagnosticsOfARun_ForAnInvalidCorpus(bool strict)
    {
        using var seeds = TempSeeds.FromReports();
        seeds.Edit("facts/accusations.yaml", "subject: albania", "subject: albanía");
        seeds.Edit("facts/accusations.yaml", "The Albanian government has accused Iran", "The Albanian government has proved Iran");
        var pipeline = CorpusPipeline.ForOneRun(SomeVocabulary.FromRepository());

        var check = pipeline.Check(seeds.Seeds, strict, TestContext.Current.CancellationToken);

        Assert.False(check.IsValid);
        Assert.Null(check.Counts);
        Assert.Equal(Describe(pipeline.Run(seeds.Seeds, strict, TestContext.Current.CancellationToken)), Describe(check));
    }

    [Fact]
    public void ForOneRun_KeepsNoParseForTheNextRun()
    {
        using var seeds = TempSeeds.FromReports();
        var pipeline = CorpusPipeline.ForOneRun(SomeVocabulary.FromRepository());

        var first = pipeline.Run(seeds.Seeds, TestContext.Current.CancellationToken);
        var second = pipeline.Run(seeds.Seeds, TestContext.Current.CancellationToken);

        Assert.Equal(first.FilesTotal, first.FilesParsed);
        Assert.Equal(second.FilesTotal, second.FilesParsed);
    }

    [Fact]
    public void CompileReleasing_LetsGoOfEachFilesRecords_WhileTheGraphLives()
    {
        using var seeds = TempSeeds.FromReports();
        var files = Load(seeds.Seeds);
        var records = files.Select(f => new WeakReference(f)).ToArray();

        var graph = new GraphCompiler(SomeVocabulary.FromRepository()).CompileReleasing(files);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.All(files, Assert.Null);
        Assert.All(records, r => Assert.False(r.IsAlive));
        Assert.Equal(SeedsCheck.Compile(seeds.Seeds).ContentHash, graph.ContentHash);
    }

    [Fact]
    public void CompileReleasing_TellsHowManyFilesAreReleased_EachTimeOneIs()
    {
        using var seeds = TempSeeds.FromReports();
        var files = Load(seeds.Seeds);
        var told = new List<(int Released, int Cleared)>();

        new GraphCompiler(SomeVocabulary.FromRepository()).CompileReleasing(files, released =>
        {
            lock (told) told.Add((released, files.Count(f => f is null)));
        });

        Assert.Equal(Enumerable.Range(1, files.Length), told.Select(t => t.Released).Order());
        Assert.All(told, t => Assert.True(t.Cleared >= t.Released, $"{t.Released} released, {t.Cleared} cleared"));
    }

    [Fact]
    public void ForOneRun_Reclaims_BeforeTheCompile_AfterHalfTheFiles_AndCompactingOnceCompiled()
    {
        using var seeds = TempSeeds.FromReports();
        var reclaims = new List<bool>();
        var build = new OneRunBuild(SomeVocabulary.FromRepository(), null, reclaim: reclaims.Add);

        var compiled = build.Run(seeds.Seeds, strict: false, TestContext.Current.CancellationToken);

        Assert.True(compiled.FilesTotal >= 2);
        Assert.Equal([false, false, true], reclaims);
        Assert.Equal(SeedsCheck.Compile(seeds.Seeds).ContentHash, compiled.Graph!.ContentHash);
    }

    [Fact]
    public void ForOneRun_ReclaimsNothing_WhenThereIsNoGraphToCompile()
    {
        using var seeds = TempSeeds.FromReports();
        seeds.Edit("facts/accusations.yaml", "subject: albania", "subject: albanía");
        var reclaims = 0;

        var compiled = new OneRunBuild(SomeVocabulary.FromRepository(), null, reclaim: _ => reclaims++).Run(seeds.Seeds, strict: false, TestContext.Current.CancellationToken);

        Assert.False(compiled.IsValid);
        Assert.Equal(0, reclaims);
    }

    // Its own method, so the load's locals are not on the test's stack when it checks what is still alive.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static SeedFile?[] Load(string seedsFolder) => [.. new SeedCorpusLoader(SomeVocabulary.FromRepository()).Load(seedsFolder).Corpus.Files];

    private static (CompiledCorpus Once, CompiledCorpus Kept) RunBoth(string seedsFolder, bool strict) =>
        (CorpusPipeline.ForOneRun(SomeVocabulary.FromRepository()).Run(seedsFolder, strict, TestContext.Current.CancellationToken),
         new CorpusPipeline(SomeVocabulary.FromRepository()).Run(seedsFolder, strict, TestContext.Current.CancellationToken));

    private static string Describe(CompiledCorpus compiled) => string.Join('\n',
        [$"{compiled.FilesTotal} files, {compiled.FilesParsed} parsed, valid: {compiled.IsValid}",
         .. compiled.Diagnostics.Select(d => $"error {d}"), .. compiled.Warnings.Select(d => $"warning {d}")]);
}
