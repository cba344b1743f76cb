using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Validation;

namespace GraphBuilder.Graph;

/// <summary>facts → validation → graph, for one seeds folder. Keeps the <see cref="IncrementalBuild"/> between runs; one run at a time.</summary>
public sealed class CorpusPipeline(Vocabulary vocabulary, SeedLimits? limits = null)
{
    private readonly Lock _gate = new();

    public Vocabulary Vocabulary => vocabulary;

    /// <summary>What the runs so far produced, per seed file, for the next run to reuse.</summary>
    internal IncrementalBuild Build { get; } = new(vocabulary, limits);

    public CompiledCorpus Run(string seedsFolder, CancellationToken cancellationToken = default) => Run(seedsFolder, strict: false, cancellationToken);

    /// <summary>Loads, validates and compiles; <paramref name="strict"/> makes warnings errors.</summary>
    public CompiledCorpus Run(string seedsFolder, bool strict, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var load = Build.Load(seedsFolder, cancellationToken);
            var all = Build.Validate(load);
            List<Diagnostic> errors = [], warnings = [];
            foreach (var diagnostic in all)
                if (!diagnostic.IsWarning) errors.Add(diagnostic);
                else if (strict) errors.Add(diagnostic with { Severity = DiagnosticSeverity.Error });
                else warnings.Add(diagnostic);
            var graph = errors.Count == 0 ? Build.Compile(load) : null;
            return new CompiledCorpus(graph, errors, load.Corpus.Files.Count, load.FilesParsed) { Warnings = warnings, Evidence = Build.LastEvidence };
        }
    }
}
