using GraphBuilder.Generation;

namespace GraphBuilder.Benchmarks;

/// <summary>The corpus measured for a fact count: one seed file per 1000 facts, one entity per 20 facts.</summary>
public static class CorpusShape
{
    public static GeneratorOptions For(int facts, ulong seed) =>
        new(facts, Math.Max(1, facts / 1000), Math.Max(20, facts / 20), seed);

    public static string Folder(BenchOptions options, int facts) =>
        Path.GetFullPath(Path.Combine(options.WorkFolder, $"facts-{facts}-seed-{options.Seed}"));
}
