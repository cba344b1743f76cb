using System.Runtime.InteropServices;
using GraphBuilder.Facts;
using GraphBuilder.Validation.Evidence;

namespace GraphBuilder.Validation;

/// <summary>
/// Every id in the corpus (sources, entities and facts share one id space), reporting
/// duplicates as it is built and resolving references with a did-you-mean hint.
/// </summary>
internal sealed class CorpusIndex
{
    private readonly Dictionary<string, SourceRecord> _sources;
    private readonly Dictionary<string, EntityRecord> _entities;
    private readonly Dictionary<EntityRecord, string[]> _names = new(ReferenceEqualityComparer.Instance);

    private CorpusIndex(int sources, int entities)
    {
        _sources = new Dictionary<string, SourceRecord>(sources, StringComparer.Ordinal);
        _entities = new Dictionary<string, EntityRecord>(entities, StringComparer.Ordinal);
    }

    public static CorpusIndex Build(SeedCorpus corpus, DiagnosticBag diagnostics) => Build(corpus, diagnostics, findDuplicates: true);

    /// <summary>The index; duplicate ids are reported only when <paramref name="findDuplicates"/> (a caller that knows they are unchanged skips it).</summary>
    public static CorpusIndex Build(SeedCorpus corpus, DiagnosticBag diagnostics, bool findDuplicates)
    {
        int sources = 0, entities = 0;
        foreach (var file in corpus.Files) (sources, entities) = (sources + file.Sources.Count, entities + file.Entities.Count);
        var index = new CorpusIndex(sources, entities);
        foreach (var file in corpus.Files)
            foreach (var source in file.Sources)
                if (source.Id is not null) index._sources.TryAdd(source.Id.Value, source);
        foreach (var file in corpus.Files)
            foreach (var entity in file.Entities)
                if (entity.Id is not null && index._entities.TryAdd(entity.Id.Value, entity)) index.AddNames(entity);

        index.Mentions = new NameMatcher(index._names.SelectMany(e => e.Value.Select(name => (e.Key.Id!.Value, name))));
        if (findDuplicates) ReportDuplicates(corpus, diagnostics);
        return index;
    }

    private void AddNames(EntityRecord entity)
    {
        var names = new string[(entity.Name is null ? 0 : 1) + entity.Aliases.Count];
        var n = 0;
        if (entity.Name is { } name) names[n++] = QuoteText.Normalise(name.Value);
        foreach (var alias in entity.Aliases) names[n++] = QuoteText.Normalise(alias.Value);
        _names[entity] = names;
    }

    /// <summary>Finds any entity's mentions in a document (longest name first).</summary>
    public NameMatcher Mentions { get; private set; } = null!;

    /// <summary>The entity's name and aliases in the normal form documents are compared in.</summary>
    public IReadOnlyList<string> NamesOf(EntityRecord entity) => _names.GetValueOrDefault(entity) ?? [];

    /// <summary>Every later occurrence of an id (in file order) is reported against the earliest one.</summary>
    internal static void ReportDuplicates(SeedCorpus corpus, DiagnosticBag diagnostics)
    {
        foreach (var group in Duplicated(corpus))
        {
            var ordered = group.OrderBy(f => f.At.Path, StringComparer.Ordinal).ThenBy(f => f.At.Line).ThenBy(f => f.At.Column).ToList();
            foreach (var duplicate in ordered.Skip(1))
                diagnostics.Add(duplicate.At, $"duplicate id '{duplicate.Value}' (first defined at {ordered[0].At})", "ids must be unique across all seed files");
        }
    }

    /// <summary>
    /// The occurrences of each id used more than once (sources' ids, then entities', then facts'),
    /// groups in order of first occurrence (as <c>GroupBy</c> gives them) without a group per id:
    /// one dictionary, lists only for duplicates.
    /// </summary>
    private static List<List<Field>> Duplicated(SeedCorpus corpus)
    {
        var count = 0;
        foreach (var file in corpus.Files) count += file.Sources.Count + file.Entities.Count + file.Facts.Count;
        var first = new Dictionary<string, (Field Field, int Group)>(count, StringComparer.Ordinal);
        var groups = new List<(int Order, List<Field> Fields)>();
        var order = 0;

        void See(Field? id)
        {
            if (id is null) return;
            order++;
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(first, id.Value, out var seen);
            if (!seen)
            {
                slot = (id, -order);
                return;
            }
            if (slot.Group < 0)
            {
                groups.Add((-slot.Group, [slot.Field]));
                slot.Group = groups.Count - 1;
            }
            groups[slot.Group].Fields.Add(id);
        }

        foreach (var file in corpus.Files)
            foreach (var source in file.Sources) See(source.Id);
        foreach (var file in corpus.Files)
            foreach (var entity in file.Entities) See(entity.Id);
        foreach (var file in corpus.Files)
            foreach (var fact in file.Facts) See(fact.Id);
        return groups.OrderBy(g => g.Order).Select(g => g.Fields).ToList();
    }

    public EntityRecord? ResolveEntity(Field reference, DiagnosticBag diagnostics) =>
        Resolve(reference, _entities, "entity", "an entity", _sources, "a source", diagnostics, NamedBy);

    /// <summary>"did you mean 'id'?" when the reference is an entity's name or alias instead of its id.</summary>
    private string? NamedBy(string text)
    {
        foreach (var (id, entity) in _entities)
            if (entity.Aliases.Prepend(entity.Name).Any(n => string.Equals(n?.Value, text, StringComparison.OrdinalIgnoreCase)))
                return $"did you mean '{id}'? '{text}' is its name or alias; references use ids";
        return null;
    }

    public SourceRecord? ResolveSource(Field reference, DiagnosticBag diagnostics) =>
        Resolve(reference, _sources, "source", "a source", _entities, "an entity", diagnostics);

    /// <summary>Finds a record of the wanted kind, or says the id is of the other kind, or unknown (with a did-you-mean).</summary>
    private static TWanted? Resolve<TWanted, TOther>(Field reference, Dictionary<string, TWanted> wanted, string wantedName, string aWanted,
        Dictionary<string, TOther> other, string anOther, DiagnosticBag diagnostics, Func<string, string?>? namedBy = null) where TWanted : class
    {
        if (wanted.TryGetValue(reference.Value, out var record)) return record;
        if (other.ContainsKey(reference.Value))
            diagnostics.Add(reference.At, $"'{reference.Value}' is {anOther}, not {aWanted}");
        else
            diagnostics.Add(reference.At, $"unknown {wantedName} '{reference.Value}'",
                namedBy?.Invoke(reference.Value) ?? DidYouMean.Hint(reference.Value, wanted.Keys));
        return null;
    }

    public IEnumerable<SourceRecord> Sources => _sources.Values;

    public SourceRecord? Source(string id) => _sources.GetValueOrDefault(id);
    public EntityRecord? Entity(string id) => _entities.GetValueOrDefault(id);
}
