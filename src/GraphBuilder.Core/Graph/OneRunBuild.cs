using System.Runtime.CompilerServices;
using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Validation;

namespace GraphBuilder.Graph;

/// <summary>
/// A build that runs once (<see cref="CorpusPipeline.ForOneRun"/>): load, validate, compile, keeping nothing, and
/// holding each stage's input only while a stage still reads it. The documents (a quarter of a held corpus) are not
/// held at all: validation reads each when it checks the citations naming it (<see cref="DocumentChecks"/>) and lets it
/// go. Each file's records (Fields, records, citations: half of it) are let go once the file is compiled, and reclaimed
/// as the compile goes, so the graph grows in their space and a sync's diff and write hold little more than the graph.
/// </summary>
internal sealed class OneRunBuild(Vocabulary vocabulary, SeedLimits? limits, Action<bool>? reclaim = null)
{
    // Told whether it is the last: that one also compacts, handing back to the system what the records held, so the diff
    // and the write grow from the graph alone (bench/README.md, "Issue 27").
    private readonly Action<bool> _reclaim = reclaim ?? (static last =>
        GC.Collect(2, last ? GCCollectionMode.Aggressive : GCCollectionMode.Forced, blocking: true, compacting: last));
    private readonly SeedCorpusLoader _loader = new(vocabulary, limits);
    private readonly CorpusValidator _validator = new(vocabulary);
    private readonly GraphCompiler _compiler = new(vocabulary);

    public CompiledCorpus Run(string seedsFolder, bool strict, CancellationToken cancellationToken)
    {
        var (files, errors, warnings, parsed, evidence) = LoadAndValidate(seedsFolder, strict, cancellationToken);
        // What validation worked with, and the records the compile lets go, are reclaimed only by a full collection, which
        // the GC, seeing the heap grow with the graph, starts late: the graph then grows on top of them and the process
        // peaks there (bench/README.md, "Issue 27"). One before the compile, one after half the files and one once compiled
        // (before a sync's diff and write) keep the graph in the space they leave.
        GraphData? graph = null;
        if (errors.Count == 0)
        {
            _reclaim(false);
            graph = _compiler.CompileReleasing(files, released => { if (released == files.Length / 2) _reclaim(false); });
            _reclaim(true);
        }
        return new CompiledCorpus(graph, errors, files.Length, parsed) { Warnings = warnings, Evidence = evidence };
    }

    /// <summary>Loads and validates; a valid corpus is counted (<see cref="GraphCompiler.Count"/>), not compiled.</summary>
    public CompiledCorpus Check(string seedsFolder, bool strict, CancellationToken cancellationToken)
    {
        var (files, errors, warnings, parsed, evidence) = LoadAndValidate(seedsFolder, strict, cancellationToken);
        var counts = errors.Count == 0 ? _compiler.Count(files!) : null;
        return new CompiledCorpus(null, errors, files.Length, parsed) { Counts = counts, Warnings = warnings, Evidence = evidence };
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
