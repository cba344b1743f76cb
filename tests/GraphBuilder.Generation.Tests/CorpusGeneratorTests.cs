using GraphBuilder.Facts;
using GraphBuilder.Graph;
using GraphBuilder.Schema;

namespace GraphBuilder.Generation.Tests;

public sealed class CorpusGeneratorTests
{
    private static readonly Vocabulary Vocabulary = VocabularyLoader.LoadFromFolder(Path.Combine(AppContext.BaseDirectory, "schema"));

    private static GenerationSummary Generate(string folder, int facts = 300, int files = 4, int entities = 40, ulong seed = 7) =>
        new CorpusGenerator(Vocabulary).Generate(new GeneratorOptions(facts, files, entities, seed), folder);

    private static Dictionary<string, byte[]> Contents(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(folder, p), File.ReadAllBytes);

    [Fact]
    public void Generate_SameSeed_WritesByteIdenticalFiles()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        Generate(a.Path);
        Generate(b.Path);

        var first = Contents(a.Path);
        var second = Contents(b.Path);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs");
    }

    [Fact]
    public void Generate_DifferentSeed_WritesDifferentFacts()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        Generate(a.Path, seed: 1);
        Generate(b.Path, seed: 2);

        Assert.NotEqual(File.ReadAllText(Path.Combine(a.Path, "seeds-0000.yaml")), File.ReadAllText(Path.Combine(b.Path, "seeds-0000.yaml")));
    }

    [Theory]
    [InlineData(300, 4, 40)]
    [InlineData(1000, 7, 150)]
    [InlineData(25, 3, 6)]
    public void Generate_ValidatesClean_InStrictMode(int facts, int files, int entities)
    {
        using var folder = new TempFolder();
        Generate(folder.Path, facts, files, entities);

        // Strict: every quote keeps the elision rules and names its fact's subject and object.
        var compiled = new CorpusPipeline(Vocabulary).Run(folder.Path, strict: true, TestContext.Current.CancellationToken);

        Assert.Empty(compiled.Diagnostics);
        Assert.True(compiled.IsValid);
    }

    [Fact]
    public void Generate_HonoursCounts_AndCoversEveryKindAndType()
    {
        using var folder = new TempFolder();
        var summary = Generate(folder.Path, facts: 500, files: 6, entities: 60);

        var corpus = new SeedCorpusLoader(Vocabulary).Load(folder.Path, TestContext.Current.CancellationToken).Corpus;
        Assert.Equal(6, Directory.EnumerateFiles(folder.Path, "*.yaml").Count());
        Assert.Equal(500, corpus.Facts.Count());
        Assert.Equal(60, corpus.Entities.Count());
        Assert.Equal(summary.Sources, corpus.Sources.Count());
        Assert.Equal(summary.Documents, Directory.EnumerateFiles(Path.Combine(folder.Path, "documents")).Count());
        Assert.Equal(Vocabulary.Kinds.Keys.Order(), corpus.Entities.Select(e => e.Kind!.Value).Distinct().Order());
        Assert.Equal(Vocabulary.RelationshipTypes.Keys.Order(), corpus.Facts.Select(f => f.Type!.Value).Distinct().Order());
        Assert.Equal(Vocabulary.EntityFields.Keys.Order(), corpus.Entities.SelectMany(e => e.Links).Select(l => l.Key).Distinct().Order());
        Assert.Contains(corpus.Facts, f => f.From is not null || f.To is not null);
        Assert.Contains(corpus.Facts, f => f.Sources.Any(c => c.Quote!.Value.Contains("...", StringComparison.Ordinal)));
    }

    [Fact]
    public void Generate_MoreFilesThanRecords_StillValidatesClean()
    {
        using var folder = new TempFolder();
        Generate(folder.Path, facts: 3, files: 12, entities: 4);

        var compiled = new CorpusPipeline(Vocabulary).Run(folder.Path, TestContext.Current.CancellationToken);

        Assert.Empty(compiled.Diagnostics);
        Assert.Equal(12, compiled.FilesTotal);
    }

    [Fact]
    public void Generate_RejectsTooFewEntities()
    {
        using var folder = new TempFolder();
        Assert.Throws<ArgumentException>(() => Generate(folder.Path, entities: 1));
    }
}
