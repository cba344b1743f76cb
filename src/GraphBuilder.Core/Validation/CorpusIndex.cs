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

    public static CorpusIndex Build(SeedCorpus corpus, DiagnosticBag diagnostics) => Build(corpus, diagnostics, findDuplicates: true);

    /// <summary>The index; duplicate ids are reported only when <paramref name="findDuplicates"/> (a caller that knows they are unchanged skips it).</summary>
    public static CorpusIndex Build(SeedCorpus corpus, DiagnosticBag diagnostics, bool findDuplicates)
    {
        var index = new CorpusIndex();
        foreach (var source in corpus.Sources.Where(r => r.Id is not null)) index._sources.TryAdd(source.Id!.Value, source);
        foreach (var entity in corpus.Entities.Where(r => r.Id is not null)) index._entities.TryAdd(entity.Id!.Value, entity);

        if (!findDuplicates) return index;

        // Every later occurrence of an id (in file order) is reported against the earliest one.
        var ids = corpus.Sources.Select(r => r.Id).Concat(corpus.Entities.Select(r => r.Id)).Concat(corpus.Facts.Select(r => r.Id)).OfType<Field>();
        foreach (var group in Duplicated(ids))
        {
            var ordered = group.OrderBy(f => f.At.Path, StringComparer.Ordinal).ThenBy(f => f.At.Line).ThenBy(f => f.At.Column).ToList();
            foreach (var duplicate in ordered.Skip(1))
                diagnostics.Add(duplicate.At, $"duplicate id '{duplicate.Value}' (first defined at {ordered[0].At})", "ids must be unique across all seed files");
        }
        return index;
    }

    /// <summary>
    /// The occurrences of each id used more than once, groups in order of first occurrence (as
    /// <c>GroupBy</c> gives them) without a group per id: one dictionary, lists only for duplicates.
    /// </summary>
    private static List<List<Field>> Duplicated(IEnumerable<Field> ids)
    {
        var first = new Dictionary<string, (Field Field, int Group)>(StringComparer.Ordinal);
        var groups = new List<(int Order, List<Field> Fields)>();
        var order = 0;
        foreach (var id in ids)
        {
            order++;
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(first, id.Value, out var seen);
            if (!seen)
            {
                slot = (id, -order);
                continue;
            }
            if (slot.Group < 0)
            {
                groups.Add((-slot.Group, [slot.Field]));
                slot.Group = groups.Count - 1;
            }
            groups[slot.Group].Fields.Add(id);
        }
        return groups.OrderBy(g => g.Order).Select(g => g.Fields).ToList();
    }

    public EntityRecord? ResolveEntity(Field reference, DiagnosticBag diagnostics) =>
        Resolve(reference, _entities, "entity", "an entity", _sources, "a source", diagnostics);

    public SourceRecord? ResolveSource(Field reference, DiagnosticBag diagnostics) =>
        Resolve(reference, _sources, "source", "a source", _entities, "an entity", diagnostics);

    /// <summary>Finds a record of the wanted kind, or says the id is of the other kind, or unknown (with a did-you-mean).</summary>
    private static TWanted? Resolve<TWanted, TOther>(Field reference, Dictionary<string, TWanted> wanted, string wantedName, string aWanted,
        Dictionary<string, TOther> other, string anOther, DiagnosticBag diagnostics) where TWanted : class
    {
        if (wanted.TryGetValue(reference.Value, out var record)) return record;
        if (other.ContainsKey(reference.Value))
            diagnostics.Add(reference.At, $"'{reference.Value}' is {anOther}, not {aWanted}");
        else
            diagnostics.Add(reference.At, $"unknown {wantedName} '{reference.Value}'", DidYouMean.Hint(reference.Value, wanted.Keys));
        return null;
    }

    public SourceRecord? Source(string id) => _sources.GetValueOrDefault(id);
    public EntityRecord? Entity(string id) => _entities.GetValueOrDefault(id);
}
