namespace GraphBuilder.Facts;

/// <summary>A loaded corpus and how many files had to be parsed (the rest were reused from the previous load).</summary>
public sealed record CorpusLoad(SeedCorpus Corpus, int FilesParsed)
{
    /// <summary>Each of <see cref="SeedCorpus.Files"/> as read, in the same order; null for a file that could not be read.</summary>
    internal IReadOnlyList<LoadedFile?> Loaded { get; init; } = [];

    /// <summary>The documents read, by their path relative to the seeds folder; a missing or refused one is not here.</summary>
    internal IReadOnlyDictionary<string, LoadedDocument> LoadedDocuments { get; init; } = new Dictionary<string, LoadedDocument>();

    /// <summary>The documents, for the checks that read them: <see cref="SeedCorpus.Documents"/>, unless the load was made not to hold them.</summary>
    internal CorpusDocuments Documents { get => field ?? CorpusDocuments.HeldBy(Corpus); init; }
}
