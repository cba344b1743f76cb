using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>
/// Everything read from a seeds folder: the parsed files, the source documents by their
/// relative path (or why each could not be read), and problems found while finding files.
/// </summary>
public sealed record SeedCorpus(
    string SeedsFolder,
    IReadOnlyList<SeedFile> Files,
    IReadOnlyDictionary<string, DocumentLoad> Documents,
    IReadOnlyList<Diagnostic> FolderDiagnostics)
{
    public IEnumerable<SourceRecord> Sources => Files.SelectMany(f => f.Sources);
    public IEnumerable<EntityRecord> Entities => Files.SelectMany(f => f.Entities);
    public IEnumerable<FactRecord> Facts => Files.SelectMany(f => f.Facts);
}

/// <summary>A source document as loaded: its index, or a message saying why it is unusable.</summary>
public sealed record DocumentLoad(SourceDocument? Document, string? Problem)
{
    /// <summary>The hash of the file's bytes when it was read (zero when it could not be).</summary>
    internal UInt128 ContentHash { get; init; }

    /// <summary>True when both say the same to a check: the same problem, or the same bytes read.</summary>
    internal bool SameAs(DocumentLoad other) =>
        ReferenceEquals(this, other) || (Problem == other.Problem && ContentHash == other.ContentHash && Document?.RelativePath == other.Document?.RelativePath);
}
