using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Graph;

/// <summary>A parse kept for an unchanged file holds only while its display path, which follows the working folder, does.</summary>
[Collection(WorkingFolderCollection.Name)]
public sealed class IncrementalBuildWorkingFolderTests
{
    [Fact]
    public void Run_AfterTheWorkingFolderChanges_NamesUnchangedFilesRelativeToTheNewOne()
    {
        using var seeds = TempSeeds.FromFixture("validation/base");
        seeds.Write("facts/a.yaml", BuildEdits.Facts(BuildEdits.Accuses("a1", "report", BuildEdits.Cyberattack, @object: "iram")));
        var pipeline = new CorpusPipeline(Some.Vocabulary);
        var working = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = seeds.Root;
            var before = pipeline.Run(seeds.Seeds, TestContext.Current.CancellationToken);
            Environment.CurrentDirectory = seeds.Seeds;
            var after = pipeline.Run(seeds.Seeds, TestContext.Current.CancellationToken);

            Assert.Equal(["seeds/facts/a.yaml:5:13"], before.Diagnostics.Select(d => d.Position.ToString()));
            Assert.Equal(["facts/a.yaml:5:13"], after.Diagnostics.Select(d => d.Position.ToString()));
        }
        finally
        {
            Environment.CurrentDirectory = working;
        }
    }
}
