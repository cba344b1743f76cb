using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Validation;

namespace GraphBuilder.Graph;

/// <summary>facts → validation → graph, for one seeds folder. Keeps the loader's cache between runs.</summary>
public sealed class CorpusPipeline(Vocabulary vocabulary, SeedLimits? limits = null)
{
    private readonly SeedCorpusLoader _loader = new(vocabulary, limits);
    private readonly CorpusValidator _validator = new(vocabulary);
    private readonly GraphCompiler _compiler = new(vocabulary);

    public Vocabulary Vocabulary => vocabulary;

    public CompiledCorpus Run(string seedsFolder, CancellationToken cancellationToken = default)
    {
        var load = _loader.Load(seedsFolder, cancellationToken);
        var diagnostics = _validator.Validate(load.Corpus);
        var graph = diagnostics.Count == 0 ? _compiler.Compile(load.Corpus) : null;
        return new CompiledCorpus(graph, diagnostics, load.Corpus.Files.Count, load.FilesParsed);
    }
}
