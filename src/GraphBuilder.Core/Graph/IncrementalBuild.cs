using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Validation;

namespace GraphBuilder.Graph;

/// <summary>
/// The worker's incremental path: what the last build of a seeds folder produced for each seed
/// file, keyed by the file's content hash, and the one place that says when each result still
/// holds. The loader, validator and compiler keep nothing; this hands each the results it may reuse.
/// <list type="bullet">
/// <item>A file's parse: while its path and content hash are the same (its positions carry the
/// path; a settled length and write time stand for the hash, see <see cref="FileStamp"/>). A
/// document's load likewise.</item>
/// <item>A file's own diagnostics: while its path and content hash are the same and nothing other
/// files' checks read changed: no file's definitions (ids and their positions, kinds, names, aliases,
/// documents, links: <see cref="FileDefinitions"/>) and no document's content or problem. Otherwise
/// its quote results still hold citation by citation while the citation's document has the same
/// path and content (the file's content, not its path, fixes which quote each citation is).</item>
/// <item>The cross-file diagnostics (duplicate ids, colliding link ids): while no file's definitions changed.</item>
/// <item>A file's compiled elements: while its content hash is the same (elements carry no
/// positions, so a moved file keeps them) and no source it cites changed what citations copy
/// from it (id, publisher, title, published), wherever that source is defined.</item>
/// </list>
/// One build at a time (<see cref="CorpusPipeline"/> serialises its runs).
/// </summary>
internal sealed class IncrementalBuild(Vocabulary vocabulary, SeedLimits? limits = null)
{
    private readonly SeedCorpusLoader _loader = new(vocabulary, limits);
    private readonly CorpusValidator _validator = new(vocabulary);
    private readonly GraphCompiler _compiler = new(vocabulary);

    // The last load: each file's parse and each document's load, with their content hashes.
    private CorpusLoad? _loaded;

    // The load the last validation checked, and its results: each file's checks by content hash, with the file's path.
    private CorpusLoad? _validated;
    private Dictionary<UInt128, (string Path, FileChecks Checks)> _checks = [];
    private CrossFileChecks? _crossFile;

    // The last compile's elements by file content hash, and the sources they cite.
    private Dictionary<UInt128, FileElements> _elements = [];
    private IReadOnlyDictionary<string, CitedSource> _sources = new Dictionary<string, CitedSource>();

    // The last compile: the next one splices its changed files into its graph, and resumes from its graph's content hash (see GraphHash).
    private CorpusCompilation? _compilation;

    /// <summary>How many files the last <see cref="Validate"/> checked and the last <see cref="Compile"/> compiled (the rest were reused).</summary>
    internal (int Checked, int Compiled) LastWork { get; private set; }

    /// <summary>What the last <see cref="Validate"/>'s evidence checks saw, over every file.</summary>
    internal EvidenceTally LastEvidence { get; private set; } = EvidenceTally.None;

    /// <summary>Loads the seeds folder, parsing only files whose content changed since the last load.</summary>
    public CorpusLoad Load(string seedsFolder, CancellationToken cancellationToken = default) =>
        _loaded = _loader.Load(seedsFolder, _loaded, cancellationToken);

    /// <summary>Every diagnostic of <paramref name="load"/>, as a fresh validation gives them.</summary>
    public IReadOnlyList<Diagnostic> Validate(CorpusLoad load)
    {
        var count = load.Corpus.Files.Count;
        var sameContext = _validated is { } before && SameDefinitions(before, load) && SameDocuments(before.Corpus.Documents, load.Corpus.Documents);
        var (checks, quotes) = (new FileChecks?[count], new QuoteMemo?[count]);
        var reused = 0;
        for (var i = 0; i < count; i++)
        {
            if (load.Loaded[i] is not { } file || !_checks.TryGetValue(file.Hash, out var earlier)) continue;
            if (sameContext && earlier.Path == file.File.Path) (checks[i], reused) = (earlier.Checks, reused + 1);
            else quotes[i] = earlier.Checks.Quotes;
        }

        var validation = _validator.Validate(load.Corpus, new ValidationReuse(checks, quotes, sameContext ? _crossFile : null));
        var kept = new Dictionary<UInt128, (string, FileChecks)>(count);
        for (var i = 0; i < count; i++)
            if (load.Loaded[i] is { } file) kept[file.Hash] = (file.File.Path, validation.Files[i]);
        (_validated, _checks, _crossFile) = (load, kept, validation.CrossFile);
        LastWork = LastWork with { Checked = count - reused };
        var tally = EvidenceTally.None;
        foreach (var file in validation.Files) tally = tally.Plus(file.Evidence);
        LastEvidence = tally;
        return validation.Diagnostics;
    }

    /// <summary>The graph of <paramref name="load"/>, which must be valid.</summary>
    public GraphData Compile(CorpusLoad load)
    {
        var count = load.Corpus.Files.Count;
        var sources = CitedSource.Of(load.Corpus);
        var changed = CitedSource.Changed(_sources, sources);
        var kept = new FileElements?[count];
        var reused = 0;
        for (var i = 0; i < count; i++)
            if (load.Loaded[i] is { } file && _elements.TryGetValue(file.Hash, out var earlier) && (changed.Count == 0 || !earlier.Cites.Any(changed.Contains)))
                (kept[i], reused) = (earlier, reused + 1);

        var compilation = _compiler.Compile(load.Corpus, sources, kept, _compilation);
        var elements = new Dictionary<UInt128, FileElements>(count);
        for (var i = 0; i < count; i++)
            if (load.Loaded[i] is { } file) elements[file.Hash] = compilation.Files[i];
        (_elements, _sources) = (elements, sources);
        LastWork = LastWork with { Compiled = count - reused };
        if (_compilation is { } last) compilation.Graph.FollowOn(last.Graph);
        _compilation = compilation;
        return compilation.Graph;
    }

    /// <summary>Whether every file shows others what it showed in <paramref name="before"/>: the same content, or the same definitions.</summary>
    private static bool SameDefinitions(CorpusLoad before, CorpusLoad now)
    {
        var (a, b) = (before.Corpus.Files, now.Corpus.Files);
        if (a.Count != b.Count) return false;
        for (var i = 0; i < b.Count; i++)
        {
            var sameContent = before.Loaded[i] is { } x && now.Loaded[i] is { } y && x.Hash == y.Hash && a[i].Path == b[i].Path;
            if (!sameContent && !FileDefinitions.Same(a[i], b[i])) return false;
        }
        return true;
    }

    private static bool SameDocuments(IReadOnlyDictionary<string, DocumentLoad> before, IReadOnlyDictionary<string, DocumentLoad> now)
    {
        if (before.Count != now.Count) return false;
        foreach (var (path, load) in now)
            if (!before.TryGetValue(path, out var earlier) || !earlier.SameAs(load)) return false;
        return true;
    }
}
