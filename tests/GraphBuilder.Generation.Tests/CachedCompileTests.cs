using GraphBuilder.Graph;
using GraphBuilder.Schema;

namespace GraphBuilder.Generation.Tests;

/// <summary>The pipeline reused across edits (the worker's path) must compile exactly what a fresh pipeline compiles.</summary>
public sealed class CachedCompileTests
{
    private static readonly Vocabulary Vocabulary = VocabularyLoader.LoadFromFolder(Path.Combine(AppContext.BaseDirectory, "schema"));

    [Theory]
    [InlineData("    about: \"", "    about: \"edited ")]
    [InlineData("    title: \"", "    title: \"Edited ")]
    [InlineData("    publisher: \"", "    publisher: \"Edited ")]
    public void Run_AfterEdit_ReusedPipelineMatchesFreshPipeline(string find, string replace)
    {
        using var folder = new TempFolder();
        new CorpusGenerator(Vocabulary).Generate(new GeneratorOptions(400, 4, 40, 3), folder.Path);
        var reused = new CorpusPipeline(Vocabulary);
        var before = reused.Run(folder.Path, TestContext.Current.CancellationToken).Graph!;

        var file = Directory.EnumerateFiles(folder.Path, "*.yaml").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(file);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        File.WriteAllText(file, string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)));

        var cached = reused.Run(folder.Path, TestContext.Current.CancellationToken).Graph!;
        var fresh = new CorpusPipeline(Vocabulary).Run(folder.Path, TestContext.Current.CancellationToken).Graph!;

        Assert.Equal(Hashes(fresh), Hashes(cached));
        Assert.NotEqual(Hashes(before), Hashes(cached));
    }

    private static string[] Hashes(GraphData graph) =>
        [.. graph.Nodes.Select(n => $"{n.Id} {n.Hash}"), .. graph.Relationships.Select(r => $"{r.Id} {r.Hash}")];
}
