using GraphBuilder.Facts;

namespace GraphBuilder.Validation;

/// <summary>
/// Every id in the corpus (sources, entities and facts share one id space), reporting
/// duplicates as it is built and resolving references with a did-you-mean hint.
/// </summary>
public sealed class CorpusIndex
{
    private readonly Dictionary<string, SourceRecord> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityRecord> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourcePosition> _all = new(StringComparer.Ordinal);

    public static CorpusIndex Build(SeedCorpus corpus, DiagnosticBag diagnostics)
    {
        var index = new CorpusIndex();
        foreach (var s in corpus.Sources)
            if (index.Claim(s.Id, diagnostics)) index._sources[s.Id!.Value] = s;
        foreach (var e in corpus.Entities)
            if (index.Claim(e.Id, diagnostics)) index._entities[e.Id!.Value] = e;
        foreach (var f in corpus.Facts) index.Claim(f.Id, diagnostics);
        return index;
    }

    private bool Claim(Field? id, DiagnosticBag diagnostics)
    {
        if (id is null) return false;
        if (_all.TryAdd(id.Value, id.At)) return true;
        diagnostics.Add(id.At, $"duplicate id '{id.Value}' (first defined at {_all[id.Value]})", "ids must be unique across all seed files");
        return false;
    }

    public EntityRecord? ResolveEntity(Field reference, DiagnosticBag diagnostics)
    {
        if (_entities.TryGetValue(reference.Value, out var entity)) return entity;
        if (_sources.ContainsKey(reference.Value))
            diagnostics.Add(reference.At, $"'{reference.Value}' is a source, not an entity");
        else
            diagnostics.Add(reference.At, $"unknown entity '{reference.Value}'", DidYouMean.Hint(reference.Value, _entities.Keys));
        return null;
    }

    public SourceRecord? ResolveSource(Field reference, DiagnosticBag diagnostics)
    {
        if (_sources.TryGetValue(reference.Value, out var source)) return source;
        if (_entities.ContainsKey(reference.Value))
            diagnostics.Add(reference.At, $"'{reference.Value}' is an entity, not a source");
        else
            diagnostics.Add(reference.At, $"unknown source '{reference.Value}'", DidYouMean.Hint(reference.Value, _sources.Keys));
        return null;
    }

    public SourceRecord? Source(string id) => _sources.GetValueOrDefault(id);
    public EntityRecord? Entity(string id) => _entities.GetValueOrDefault(id);
}
