using GraphBuilder.Graph;
using GraphBuilder.Schema;

namespace GraphBuilder.Testing;

/// <summary>Runs load + validate + compile over a <see cref="TempSeeds"/> folder, for tests that check messages or the graph.</summary>
public static class SeedsCheck
{
    /// <summary>Every problem as <c>path:line:column: message (hint)</c>, paths relative to the seeds folder, sorted as reported.</summary>
    public static IReadOnlyList<string> Problems(this TempSeeds seeds, Vocabulary? vocabulary = null) =>
        seeds.Run(vocabulary).Diagnostics.Select(d => seeds.Relative(d.ToString())).ToList();

    public static CompiledCorpus Run(this TempSeeds seeds, Vocabulary? vocabulary = null) =>
        new CorpusPipeline(vocabulary ?? Some.Vocabulary).Run(seeds.Seeds);

    /// <summary>The compiled graph; fails the test with every problem when the seeds are invalid.</summary>
    public static GraphData Compile(this TempSeeds seeds, Vocabulary? vocabulary = null)
    {
        var compiled = seeds.Run(vocabulary);
        if (compiled.Graph is null)
            Xunit.Assert.Fail("seeds are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, compiled.Diagnostics.Select(d => seeds.Relative(d.ToString()))));
        return compiled.Graph;
    }
}
