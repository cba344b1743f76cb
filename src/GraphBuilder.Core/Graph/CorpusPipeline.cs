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

    public CompiledCorpus Run(string seedsFolder, CancellationToken cancellationToken = default) => Run(seedsFolder, strict: false, cancellationToken);

    /// <summary>Loads, validates and compiles; <paramref name="strict"/> makes warnings errors.</summary>
    public CompiledCorpus Run(string seedsFolder, bool strict, CancellationToken cancellationToken = default)
    {
        var load = _loader.Load(seedsFolder, cancellationToken);
        var all = _validator.Validate(load.Corpus);
        List<Diagnostic> errors = [], warnings = [];
        foreach (var diagnostic in all)
            if (!diagnostic.IsWarning) errors.Add(diagnostic);
            else if (strict) errors.Add(diagnostic with { Severity = DiagnosticSeverity.Error });
            else warnings.Add(diagnostic);
        var graph = errors.Count == 0 ? _compiler.Compile(load.Corpus) : null;
        return new CompiledCorpus(graph, errors, load.Corpus.Files.Count, load.FilesParsed) { Warnings = warnings };
    }
}
