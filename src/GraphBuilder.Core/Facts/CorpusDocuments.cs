namespace GraphBuilder.Facts;

/// <summary>
/// The source documents of a load, as the checks that read them get them: held by the load (the worker's, which keeps
/// them for its next run), or read from the seeds folder each time one is asked for and not kept (a load for one run:
/// only the documents being checked are in memory). Either way a document reads the same, problems included.
/// </summary>
internal sealed class CorpusDocuments
{
    private readonly Func<string, DocumentLoad?> _read;

    private CorpusDocuments(Func<string, DocumentLoad?> read, bool held) => (_read, Held) = (read, held);

    /// <summary>The documents a load holds (<see cref="SeedCorpus.Documents"/>).</summary>
    public static CorpusDocuments HeldBy(SeedCorpus corpus) => new(corpus.Documents.GetValueOrDefault, held: true);

    /// <summary>Documents read by <paramref name="read"/> whenever asked for.</summary>
    public static CorpusDocuments ReadWhenAsked(Func<string, DocumentLoad> read) => new(read, held: false);

    /// <summary>Whether a document stays in memory after it is asked for (so a result may keep it, to be compared later).</summary>
    public bool Held { get; }

    /// <summary>The document at <paramref name="relativePath"/> (as a source names it), or null when the load has no such document.</summary>
    public DocumentLoad? Get(string relativePath) => _read(relativePath);
}
