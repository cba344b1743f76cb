using System.Runtime.CompilerServices;
using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Validation;

namespace GraphBuilder.Graph;

/// <summary>
/// A build that runs once (<see cref="CorpusPipeline.ForOneRun"/>): load, validate, compile, keeping nothing, and
/// holding each stage's input only while a stage still reads it. The documents (a quarter of a held corpus) are not
/// held at all: validation reads each when it checks the citations naming it (<see cref="DocumentChecks"/>) and lets it
/// go. Each file's records (Fields, records, citations: half of it) are let go once the file is compiled, so a sync's
/// diff and write hold little more than the graph live (the GC reclaims the rest at its next full collection).
/// </summary>
internal sealed class OneRunBuild(Vocabulary vocabulary, SeedLimits? limits)
{
    private readonly SeedCorpusLoader _loader = new(vocabulary, limits);
    private readonly CorpusValidator _validator = new(vocabulary);
    private readonly GraphCompiler _compiler = new(vocabulary);

    public CompiledCorpus Run(string seedsFolder, bool strict, CancellationToken cancellationToken)
    {
        var (files, errors, warnings, parsed, evidence) = LoadAndValidate(seedsFolder, strict, cancellationToken);
        var graph = errors.Count == 0 ? _compiler.CompileReleasing(files) : null;
        return new CompiledCorpus(graph, errors, files.Length, parsed) { Warnings = warnings, Evidence = evidence };
    }

    // A method of its own so that nothing of the load outlives it but the files' records, which the compile lets go one by one.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (SeedFile?[] Files, List<Diagnostic> Errors, List<Diagnostic> Warnings, int Parsed, EvidenceTally Evidence) LoadAndValidate(string seedsFolder, bool strict,
        CancellationToken cancellationToken)
    {
        var load = _loader.Load(seedsFolder, previous: null, holdDocuments: false, cancellationToken);
        var validation = _validator.Validate(load.Corpus, ValidationReuse.None(load.Corpus.Files.Count), load.Documents);
        var (errors, warnings) = CorpusPipeline.Split(validation.Diagnostics, strict);
        return ([.. load.Corpus.Files], errors, warnings, load.FilesParsed, validation.Evidence);
    }
}
