using CsCheck;
using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Graph;

/// <summary>After any sequence of edits, a pipeline reused across them reports and builds what a fresh pipeline does.</summary>
public sealed class IncrementalBuildProperties
{
    [Fact]
    public void Run_AfterEveryEditOfASequence_ReusedPipelineMatchesAFreshOne()
    {
        Gen.Int[0, BuildEdits.Count - 1].Array[1, 10].Sample(codes =>
        {
            using var seeds = TempSeeds.FromFixture("validation/base");
            var reused = new CorpusPipeline(Some.Vocabulary);
            string[] Outcome(CorpusPipeline pipeline) => BuildEdits.Outcome(pipeline.Run(seeds.Seeds, TestContext.Current.CancellationToken), seeds.Relative);
            var steps = new List<string> { "start" };
            Assert.Equal(Outcome(new CorpusPipeline(Some.Vocabulary)), Outcome(reused));
            foreach (var code in codes)
            {
                steps.Add(BuildEdits.Apply(seeds, code));
                var fresh = Outcome(new CorpusPipeline(Some.Vocabulary));
                var incremental = Outcome(reused);
                Assert.True(fresh.SequenceEqual(incremental),
                    $"after {string.Join(" → ", steps)}:\nfresh:\n{string.Join('\n', fresh)}\nreused:\n{string.Join('\n', incremental)}");
            }
        }, iter: 60, threads: 1, print: codes => string.Join(", ", codes));
    }
}
