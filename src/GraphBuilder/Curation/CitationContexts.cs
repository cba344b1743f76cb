using GraphBuilder.Facts;
using GraphBuilder.Schema;

namespace GraphBuilder.Curation;

/// <summary>
/// The <c>context:</c> of each citation, read from the seeds: the graph keeps quotes, not contexts, yet a quote that says
/// "He also termed..." is read with the context that names who. Keyed by relationship id, source id and quote.
/// </summary>
internal static class CitationContexts
{
    public static IReadOnlyDictionary<(string Relationship, string Source, string Quote), string> Read(Vocabulary vocabulary, string seeds, CancellationToken cancellationToken)
    {
        var contexts = new Dictionary<(string, string, string), string>();
        if (!Directory.Exists(seeds)) return contexts;
        foreach (var fact in CuratedCorpus.Read(vocabulary, seeds, cancellationToken).Facts)
            foreach (var citation in fact.Sources)
                if (fact.Id is { } id && citation is { Source: { } source, Quote: { } quote, Context: { } context })
                    contexts.TryAdd((id.Value, source.Value, quote.Value), context.Value);
        return contexts;
    }
}
