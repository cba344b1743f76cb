using GraphBuilder.Facts;
using GraphBuilder.Schema;

namespace GraphBuilder.Curation;

/// <summary>
/// The seeds as the curation commands read them: parsed but not validated, so they work on a corpus
/// that is mid-edit (a fact half written) as well as on a valid one.
/// </summary>
internal static class CuratedCorpus
{
    public static SeedCorpus Read(Vocabulary vocabulary, string seeds, CancellationToken cancellationToken) =>
        new SeedCorpusLoader(vocabulary).Load(seeds, cancellationToken).Corpus;

    /// <summary>Every id in use (sources, entities and facts share one id space).</summary>
    public static HashSet<string> Ids(SeedCorpus corpus) =>
        corpus.Sources.Select(s => s.Id).Concat(corpus.Entities.Select(e => e.Id)).Concat(corpus.Facts.Select(f => f.Id))
            .OfType<Field>().Select(f => f.Value).ToHashSet(StringComparer.Ordinal);
}
