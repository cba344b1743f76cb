namespace GraphBuilder.Facts;

/// <summary>A loaded corpus and how many files had to be parsed (the rest came from the cache).</summary>
public sealed record CorpusLoad(SeedCorpus Corpus, int FilesParsed);
