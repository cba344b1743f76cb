using CsCheck;
using GraphBuilder.Graph;
using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing;

namespace GraphBuilder.Robustness.Tests.Properties;

/// <summary>
/// Random sequences of edits on a small seeds folder (add/change/remove entities and facts, move records,
/// rename files, break the seeds and then fix them), syncing both stores after each: after a valid step each
/// store equals a fresh build of the same seeds; after an invalid one neither store changed at all.
/// </summary>
public sealed class EditSequenceProperties
{
    [Fact]
    public async Task AfterEveryEdit_BothStoresEqualAFreshBuild_OrAreUnchangedWhenTheSeedsAreInvalid()
    {
        await Gen.Int[0, 400].Array[3, 9].SampleAsync(RunAsync, iter: 40, threads: 1,
            print: codes => string.Join(", ", codes));
    }

    private static async Task RunAsync(int[] codes)
    {
        var token = TestContext.Current.CancellationToken;
        using var folder = new TempFolder("gb-prop");
        var seeds = folder.File("seeds");
        await using var h = await SyncHarness.StartAsync(folder.File("graph.db"));
        var model = new SeedModel();
        model.Entities["alpha"] = new("state", "Alpha", [], "a.yaml");
        model.Entities["beta"] = new("organisation", "Beta", ["B"], "b.yaml");
        var log = new List<string>();

        foreach (var code in codes)
        {
            var (description, breakage) = SeedEdit.Apply(model, code);
            log.Add(description);
            model.Render(seeds);
            if (breakage is { } b) SeedEdit.Corrupt(seeds, b);
            var embeddedBefore = File.Exists(h.StorePath) ? FileHash.Of(h.StorePath) : null;
            var neo4jBefore = Graphs.Canonical(Graphs.FromFake(h.Server.Graph.Committed));
            var commitsBefore = h.Server.Graph.Commits;

            var embedded = await h.Embedded.SyncAsync(seeds, dryRun: false, token);
            var neo4j = await h.Neo4j.SyncAsync(seeds, dryRun: false, token);

            var steps = string.Join(" → ", log);
            var fresh = new CorpusPipeline(SomeVocabulary.FromRepository()).Run(seeds);
            Assert.True(fresh.IsValid == (breakage is null), $"{steps}: {string.Join("; ", fresh.Diagnostics)}");
            Assert.Equal(fresh.IsValid, embedded.IsValid);
            Assert.Equal(fresh.IsValid, neo4j.IsValid);
            if (fresh.IsValid)
            {
                var expected = Graphs.Canonical(fresh.Graph!);
                Assert.True(expected == Graphs.Canonical(await EmbeddedStores.ReadAsync(h.StorePath)), $"embedded store differs after {steps}");
                Assert.True(expected == Graphs.Canonical(Graphs.FromFake(h.Server.Graph.Committed)), $"Neo4j store differs after {steps}");
            }
            else
            {
                Assert.True(embeddedBefore == (File.Exists(h.StorePath) ? FileHash.Of(h.StorePath) : null), $"embedded store changed after {steps}");
                Assert.Equal(neo4jBefore, Graphs.Canonical(Graphs.FromFake(h.Server.Graph.Committed)));
                Assert.Equal(commitsBefore, h.Server.Graph.Commits);
            }
            Assert.Empty(Directory.EnumerateFiles(folder.Path, "pwned*", NoLinks.Recursive));
        }
    }
}
