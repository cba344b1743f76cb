using GraphBuilder.Graph;
using GraphBuilder.Schema;

namespace GraphBuilder.Testing;

/// <summary>Runs load + validate + compile over a seeds folder (a <see cref="TempSeeds"/> or any path), for tests that check messages or the graph.</summary>
public static class SeedsCheck
{
    /// <summary>Every problem as <c>path:line:column: message (hint)</c>, paths relative to the seeds folder, sorted as reported.</summary>
    public static IReadOnlyList<string> Problems(this TempSeeds seeds, Vocabulary? vocabulary = null) =>
        seeds.Run(vocabulary).Diagnostics.Select(d => seeds.Relative(d.ToString())).ToList();

    public static CompiledCorpus Run(this TempSeeds seeds, Vocabulary? vocabulary = null) =>
        new CorpusPipeline(vocabulary ?? Some.Vocabulary).Run(seeds.Seeds);

    /// <summary>The compiled graph; fails the test with every problem when the seeds are invalid.</summary>
    public static GraphData Compile(this TempSeeds seeds, Vocabulary? vocabulary = null) =>
        Compile(seeds.Seeds, vocabulary, seeds.Relative);

    /// <summary>A fresh build (new pipeline, no cache) of a seeds folder; fails the test with every problem when the seeds are invalid.</summary>
    public static GraphData Compile(string seedsFolder, Vocabulary? vocabulary = null, Func<string, string>? describe = null)
    {
        var compiled = new CorpusPipeline(vocabulary ?? Some.Vocabulary).Run(seedsFolder);
        if (compiled.Graph is null)
            Xunit.Assert.Fail("seeds are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, compiled.Diagnostics.Select(d => (describe ?? (t => t))(d.ToString()))));
        return compiled.Graph;
    }
}
