using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Validation;

namespace GraphBuilder.Graph;

/// <summary>
/// facts → validation → graph, for one seeds folder. By default keeps the <see cref="IncrementalBuild"/> between
/// runs (the worker's path); <see cref="ForOneRun"/> keeps nothing. One run at a time.
/// </summary>
public sealed class CorpusPipeline
{
    private readonly Lock _gate = new();
    private readonly OneRunBuild? _oneRun;

    public CorpusPipeline(Vocabulary vocabulary, SeedLimits? limits = null)
        : this(vocabulary, limits, oneRun: false)
    {
    }

    private CorpusPipeline(Vocabulary vocabulary, SeedLimits? limits, bool oneRun)
    {
        Vocabulary = vocabulary;
        Build = new IncrementalBuild(vocabulary, limits);
        if (oneRun) _oneRun = new OneRunBuild(vocabulary, limits);
    }

    /// <summary>
    /// A pipeline for a process that runs once and exits (the CLI's validate, sync, export): it keeps nothing for a
    /// next run, holds no document longer than validation checks it, and lets go of each file's records once compiled, so
    /// the records, the documents and the graph are never all held at once. Same diagnostics and graph as the default.
    /// </summary>
    public static CorpusPipeline ForOneRun(Vocabulary vocabulary, SeedLimits? limits = null) => new(vocabulary, limits, oneRun: true);

    public Vocabulary Vocabulary { get; }

    /// <summary>What the runs so far produced, per seed file, for the next run to reuse (unused by a <see cref="ForOneRun"/> pipeline).</summary>
    internal IncrementalBuild Build { get; }

    public CompiledCorpus Run(string seedsFolder, CancellationToken cancellationToken = default) => Run(seedsFolder, strict: false, cancellationToken);

    /// <summary>Loads, validates and compiles; <paramref name="strict"/> makes warnings errors.</summary>
    public CompiledCorpus Run(string seedsFolder, bool strict, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_oneRun is not null) return _oneRun.Run(seedsFolder, strict, cancellationToken);
            var load = Build.Load(seedsFolder, cancellationToken);
            var (errors, warnings) = Split(Build.Validate(load), strict);
            var graph = errors.Count == 0 ? Build.Compile(load) : null;
            return new CompiledCorpus(graph, errors, load.Corpus.Files.Count, load.FilesParsed) { Warnings = warnings, Evidence = Build.LastEvidence };
        }
    }

    /// <summary>
    /// As <see cref="Run(string, bool, CancellationToken)"/>, for a caller that wants the verdict and not the graph: a
    /// <see cref="ForOneRun"/> pipeline then counts what the graph would hold instead of compiling it (validate).
    /// </summary>
    public CompiledCorpus Check(string seedsFolder, bool strict, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            if (_oneRun is not null) return _oneRun.Check(seedsFolder, strict, cancellationToken);
        return Run(seedsFolder, strict, cancellationToken);
    }

    /// <summary>A validation's diagnostics as errors (which keep a corpus from compiling) and warnings; <paramref name="strict"/> makes warnings errors.</summary>
    internal static (List<Diagnostic> Errors, List<Diagnostic> Warnings) Split(IReadOnlyList<Diagnostic> all, bool strict)
    {
        List<Diagnostic> errors = [], warnings = [];
        foreach (var diagnostic in all)
            if (!diagnostic.IsWarning) errors.Add(diagnostic);
            else if (strict) errors.Add(diagnostic with { Severity = DiagnosticSeverity.Error });
            else warnings.Add(diagnostic);
        return (errors, warnings);
    }
}
