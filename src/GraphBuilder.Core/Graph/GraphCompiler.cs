using System.IO.Hashing;
using System.Runtime.InteropServices;
using GraphBuilder.Facts;
using GraphBuilder.Graph.Values;
using GraphBuilder.Schema;

namespace GraphBuilder.Graph;

/// <summary>
/// Compiles a validated corpus into a property graph: one node per entity (label from its kind)
/// and per source, one relationship per fact and per entity link, each with its provenance.
/// Keeps each seed file's compiled elements between runs: the loader hands back the same
/// <see cref="SeedFile"/> instance while a file's content is unchanged, so only edited files are
/// compiled again, or all of them when a source's cited fields (id, publisher, title, date) change.
/// </summary>
internal sealed class GraphCompiler(Vocabulary vocabulary)
{
    private static readonly PropertyShape SourceShape = new("credit", "dateline", "document", "note", "published", "publisher", "title", "url");
    private static readonly PropertyShape EntityShape = new("aliases", "kind", "name", "note", "role");
    private static readonly PropertyShape FactShape = new("about", "date", "date_end", "date_start", "note", "statement");

    private readonly Lock _gate = new();
    private readonly DateValue?[] _dates = new DateValue?[1 << 14];
    private Dictionary<SeedFile, FileElements> _cache = new(ReferenceEqualityComparer.Instance);
    private UInt128 _sourcesVersion;

    public GraphData Compile(SeedCorpus corpus)
    {
        var sources = new Dictionary<string, CitedSource>(StringComparer.Ordinal);
        foreach (var file in corpus.Files)
            foreach (var source in file.Sources)
                sources.Add(source.Id!.Value, new CitedSource(source));
        var version = SourcesVersion(sources);
        lock (_gate)
        {
            var reusable = version == _sourcesVersion ? _cache : [];
            var context = new CompileContext(sources, _dates);
            var compiled = new FileElements[corpus.Files.Count];
            Parallel.For(0, compiled.Length, i =>
                compiled[i] = reusable.TryGetValue(corpus.Files[i], out var kept) ? kept : CompileFile(corpus.Files[i], context));

            var cache = new Dictionary<SeedFile, FileElements>(compiled.Length, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < compiled.Length; i++) cache[corpus.Files[i]] = compiled[i];
            (_cache, _sourcesVersion) = (cache, version);
            return GraphData.FromSorted(
                SortedById.Merge(compiled.Select(f => f.Nodes).ToArray(), static n => n.Id),
                SortedById.Merge(compiled.Select(f => f.Relationships).ToArray(), static r => r.Id));
        }
    }

    private FileElements CompileFile(SeedFile file, CompileContext context)
    {
        var nodes = new GraphNode[file.Sources.Count + file.Entities.Count];
        var links = 0;
        foreach (var entity in file.Entities) links += entity.Links.Count;
        var relationships = new GraphRelationship[links + file.Facts.Count];
        var cited = new List<byte[]>();
        var (n, r) = (0, 0);
        foreach (var source in file.Sources) nodes[n++] = SourceNode(source, context);
        foreach (var entity in file.Entities)
        {
            nodes[n++] = EntityNode(entity);
            if (entity.Links.Count == 0) continue;
            var citations = Cite(entity.Sources, context, cited);
            foreach (var link in entity.Links)
            {
                var type = vocabulary.EntityFields[link.Key].Name;
                var id = link.RelationshipId(entity.Id!.Value, type);
                var properties = PropertyMap.Empty;
                relationships[r++] = new GraphRelationship(id, type, entity.Id.Value, link.Target.Value, properties, citations,
                    ContentHash.OfRelationship(type, entity.Id.Value, link.Target.Value, properties, CollectionsMarshal.AsSpan(cited), citations));
            }
        }
        foreach (var fact in file.Facts) relationships[r++] = FactRelationship(fact, context, cited);
        return new FileElements(SortedById.Sort(nodes, static n => n.Id), SortedById.Sort(relationships, static r => r.Id));
    }

    /// <summary>A hash of what citations copy from sources; when it changes, cached relationships may be stale.</summary>
    private static UInt128 SourcesVersion(Dictionary<string, CitedSource> sources)
    {
        var hash = new XxHash128();
        foreach (var source in sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal)) hash.Append(source.Text);
        return hash.GetCurrentHashAsUInt128();
    }

    private GraphNode EntityNode(EntityRecord entity)
    {
        var aliases = entity.Aliases.Count == 0 ? null : new string[entity.Aliases.Count];
        for (var i = 0; i < aliases?.Length; i++) aliases[i] = entity.Aliases[i].Value;
        var properties = EntityShape.Map([aliases, entity.Kind!.Value, entity.Name!.Value, entity.Note?.Value, entity.Role?.Value]);
        var label = vocabulary.Kinds[entity.Kind.Value].Label;
        return new GraphNode(entity.Id!.Value, label, properties, ContentHash.OfNode(label, properties));
    }

    private GraphNode SourceNode(SourceRecord source, CompileContext context)
    {
        var published = context.Box(FactDate.Parse(source.Published!.Value, out _)!.Value.First);
        var properties = SourceShape.Map([source.Credit?.Value, source.Dateline?.Value, source.Document!.Value, source.Note?.Value, published, source.Publisher!.Value, source.Title!.Value, source.Url?.Value]);
        return new GraphNode(source.Id!.Value, vocabulary.SourceLabel, properties, ContentHash.OfNode(vocabulary.SourceLabel, properties));
    }

    private static GraphRelationship FactRelationship(FactRecord fact, CompileContext context, List<byte[]> cited)
    {
        string? date = null;
        DateValue? start = null, end = null;
        if (fact.Date is { } single)
        {
            var parsed = FactDate.Parse(single.Value, out _)!.Value;
            (date, start, end) = (parsed.Text, context.Box(parsed.First), context.Box(parsed.Last));
        }
        else if (fact.From is not null || fact.To is not null)
        {
            var from = fact.From is null ? (FactDate?)null : FactDate.Parse(fact.From.Value, out _);
            var to = fact.To is null ? (FactDate?)null : FactDate.Parse(fact.To.Value, out _);
            date = $"{from?.Text ?? ".."}/{to?.Text ?? ".."}";
            start = from is { } f ? context.Box(f.First) : null;
            end = to is { } t ? context.Box(t.Last) : null;
        }
        var properties = FactShape.Map([fact.About?.Value, date, end, start, fact.Note?.Value, fact.Statement?.Value]);
        var citations = Cite(fact.Sources, context, cited);
        var type = fact.Type!.Value;
        return new GraphRelationship(fact.Id!.Value, type, fact.Subject!.Value, fact.Object!.Value, properties, citations,
            ContentHash.OfRelationship(type, fact.Subject.Value, fact.Object.Value, properties, CollectionsMarshal.AsSpan(cited), citations));
    }

    /// <summary>The citations of some records; <paramref name="cited"/> is refilled with each one's source's encoded hash text.</summary>
    private static Citation[] Cite(IReadOnlyList<CitationRecord> records, CompileContext context, List<byte[]> cited)
    {
        cited.Clear();
        if (records.Count == 0) return [];
        var citations = new Citation[records.Count];
        for (var i = 0; i < citations.Length; i++)
        {
            var source = context.Sources[records[i].Source!.Value];
            citations[i] = new Citation(source.Id, source.Publisher, source.Title, source.Published, records[i].Quote!.Value);
            cited.Add(source.Text);
        }
        return citations;
    }

    /// <summary>What a source contributes to the citations of the relationships that cite it.</summary>
    private sealed class CitedSource
    {
        public CitedSource(SourceRecord source)
        {
            (Id, Publisher, Title) = (source.Id!.Value, source.Publisher!.Value, source.Title!.Value);
            Published = FactDate.Parse(source.Published!.Value, out _)?.First;
            Text = ContentHash.CitedSourceText(Id, Publisher, Title, Published);
        }

        public string Id { get; }
        public string Publisher { get; }
        public string Title { get; }
        public DateOnly? Published { get; }

        /// <summary>The citation's part of a relationship's hash text, less the quote.</summary>
        public byte[] Text { get; }
    }

    /// <summary>One compile's shared lookups: sources by id, and date values.</summary>
    private sealed class CompileContext(Dictionary<string, CitedSource> sources, DateValue?[] dates)
    {
        public Dictionary<string, CitedSource> Sources => sources;

        /// <summary>
        /// The date as a value, one object per date while dates are within a few decades of each
        /// other (a graph holds ~2 dates per fact): a direct-mapped cache by day number, without
        /// locks; threads racing on a slot at worst make a date's value twice.
        /// </summary>
        public DateValue Box(DateOnly date)
        {
            ref var slot = ref dates[date.DayNumber & (dates.Length - 1)];
            var held = Volatile.Read(ref slot);
            if (held is not null && held.Value == date) return held;
            var value = new DateValue(date);
            Volatile.Write(ref slot, value);
            return value;
        }
    }

    private sealed record FileElements(GraphNode[] Nodes, GraphRelationship[] Relationships);
}
