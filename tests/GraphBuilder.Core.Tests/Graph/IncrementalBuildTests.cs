using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Graph;

/// <summary>
/// A pipeline reused across edits (the worker's path) reports and compiles exactly what a fresh
/// pipeline does, and redoes only the work an edit calls for, by <see cref="IncrementalBuild"/>'s rules.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempSeeds _seeds = TempSeeds.FromFixture("validation/base");
    private readonly CorpusPipeline _reused = new(Some.Vocabulary);

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public void Run_FileRewrittenWithTheSameContent_IsNotParsedCheckedOrCompiledAgain()
    {
        _seeds.Write("facts/a.yaml", BuildEdits.Facts(BuildEdits.Accuses("a1", "report", BuildEdits.Cyberattack)));
        Run();

        _seeds.Write("facts/a.yaml", _seeds.Read("facts/a.yaml"));
        var again = _reused.Run(_seeds.Seeds, TestContext.Current.CancellationToken);

        Assert.Equal((0, (0, 0)), (again.FilesParsed, _reused.Build.LastWork));
        Assert.Equal(Fresh(), Outcome(again));
    }

    [Fact]
    public void Run_FileChangedBackToAnEarlierVersion_MatchesAFreshBuild()
    {
        var first = BuildEdits.Facts(BuildEdits.Accuses("a1", "report", BuildEdits.Cyberattack));
        _seeds.Write("facts/a.yaml", first);
        var before = Run();
        _seeds.Write("facts/a.yaml", BuildEdits.Facts(BuildEdits.Accuses("a1", "report", BuildEdits.MissileStrike)));
        Assert.Equal(Fresh(), Run());

        _seeds.Write("facts/a.yaml", first);
        var back = _reused.Run(_seeds.Seeds, TestContext.Current.CancellationToken);

        Assert.Equal(1, back.FilesParsed);
        Assert.Equal(before, Outcome(back));
        Assert.Equal(Fresh(), Outcome(back));
    }

    [Fact]
    public void Run_SourceEditedInOneFile_RecompilesOnlyThatFileAndTheFilesCitingTheSource()
    {
        _seeds.Write("facts/a.yaml", BuildEdits.Facts(BuildEdits.Accuses("a1", "report", BuildEdits.Cyberattack)));
        _seeds.Write("facts/b.yaml", BuildEdits.Facts(BuildEdits.Supports("b1", "nato", BuildEdits.NatoSupport)));
        Run();

        _seeds.Edit("sources.yaml", "title: NATO statement on Albania", "title: NATO backs Albania");
        var after = _reused.Run(_seeds.Seeds, TestContext.Current.CancellationToken);

        // sources.yaml itself and b.yaml, which cites other-report; not a.yaml or entities.yaml (they cite only report).
        Assert.Equal(2, _reused.Build.LastWork.Compiled);
        Assert.Contains(after.Graph!.Relationships, r => r.Id == "b1" && r.Sources.Single().Title == "NATO backs Albania");
        Assert.Equal(Fresh(), Outcome(after));
    }

    [Fact]
    public void Run_FileMovedWithTheSameContent_KeepsItsElementsAndReportsItsNewPath()
    {
        _seeds.Write("facts/b.yaml", BuildEdits.Facts(BuildEdits.Supports("b1", "iran", BuildEdits.NatoSupport)));
        Run();

        Directory.CreateDirectory(_seeds.PathOf("facts/moved"));
        File.Move(_seeds.PathOf("facts/b.yaml"), _seeds.PathOf("facts/moved/b.yaml"));
        var after = _reused.Run(_seeds.Seeds, TestContext.Current.CancellationToken);

        Assert.Equal((1, 0), (after.FilesParsed, _reused.Build.LastWork.Compiled));
        Assert.Equal(["facts/moved/b.yaml:8:16"], after.Warnings.Select(w => _seeds.Relative(w.Position.ToString())));
        Assert.Equal(Fresh(), Outcome(after));
    }

    [Fact]
    public void Run_DocumentChangedAndChangedBack_ChecksQuotesAgainstEachVersion()
    {
        _seeds.Write("facts/a.yaml", BuildEdits.Facts(BuildEdits.Accuses("a1", "report", BuildEdits.MissileStrike)));
        var original = _seeds.Read("documents/report.txt");
        var missing = Run();
        Assert.Single(missing, line => line.StartsWith("error facts/a.yaml:8:16: quote not found", StringComparison.Ordinal));

        _seeds.Write("documents/report.txt", original + "\nAlbania accused Iran of the missile strike.\n");
        Assert.Equal(Fresh(), Run());
        Assert.DoesNotContain(Run(), line => line.StartsWith("error", StringComparison.Ordinal));

        _seeds.Write("documents/report.txt", original);
        Assert.Equal(missing, Run());
    }

    /// <summary>Moved here from the generator's tests: an edit to a fact, or to a source's cited fields, on the three-report corpus.</summary>
    [Theory]
    [InlineData("facts/hosting.yaml", "about: the MKO based in Albania", "about: the MKO settled in Albania")]
    [InlineData("sources.yaml", "title: Albania cyberattack claim", "title: Edited Albania cyberattack claim")]
    [InlineData("sources.yaml", "publisher: Iran Daily", "publisher: Edited Iran Daily")]
    public void Run_AfterEdit_ReusedPipelineMatchesFreshPipeline(string file, string find, string replace)
    {
        using var reports = TempSeeds.FromReports();
        string[] Outcome(CorpusPipeline pipeline) => BuildEdits.Outcome(pipeline.Run(reports.Seeds, TestContext.Current.CancellationToken), reports.Relative);
        var before = Outcome(_reused);

        reports.Edit(file, find, replace);
        var cached = Outcome(_reused);

        Assert.Equal(Outcome(new CorpusPipeline(Some.Vocabulary)), cached);
        Assert.NotEqual(before, cached);
    }

    private string[] Run() => Outcome(_reused.Run(_seeds.Seeds, TestContext.Current.CancellationToken));

    private string[] Fresh() => Outcome(new CorpusPipeline(Some.Vocabulary).Run(_seeds.Seeds, TestContext.Current.CancellationToken));

    private string[] Outcome(CompiledCorpus compiled) => BuildEdits.Outcome(compiled, _seeds.Relative);
}
