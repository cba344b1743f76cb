using GraphBuilder.Facts;

namespace GraphBuilder.Curation;

/// <summary>A report already in the seeds under another source: compared in the normal form quotes are checked in, so line breaks and curly quotes do not hide it.</summary>
internal static class DuplicateDocument
{
    /// <returns>The id of the source whose document has the same text, or null.</returns>
    public static string? Find(SeedCorpus corpus, SourceDocument document)
    {
        foreach (var source in corpus.Sources)
            if (source is { Id: { } id, Document: { } path } && corpus.Documents.TryGetValue(path.Value, out var load)
                && load.Document is { } existing && string.Equals(existing.Text.Trim(), document.Text.Trim(), StringComparison.Ordinal))
                return id.Value;
        return null;
    }
}
