using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GraphBuilder.Facts;
using GraphBuilder.Graph.Values;
using GraphBuilder.Schema;

namespace GraphBuilder.Graph;

/// <summary>
/// Compiles a validated corpus into a property graph: one node per entity (label from its kind)
/// and per source, one relationship per fact and per entity link, each with its provenance.
/// A seed file's elements depend only on its content and on what the sources it cites copy into
/// citations, so an earlier compile's elements come in per file (see <see cref="IncrementalBuild"/>).
/// Keeps nothing between compiles but a cache of date values.
/// </summary>
internal sealed class GraphCompiler(Vocabulary vocabulary)
{
    private static readonly PropertyShape SourceShape = new("carries", "credit", "dateline", "document", "note", "published", "publisher", "title", "url");
    private static readonly PropertyShape EntityShape = new("aliases", "kind", "name", "note", "role");
    private static readonly PropertyShape FactShape = new("about", "date", "date_end", "date_start", "disputes", "note", "statement");

    private readonly DateValue?[] _dates = new DateValue?[1 << 14];

    public GraphData Compile(SeedCorpus corpus) => Compile(corpus, CitedSource.Of(corpus), new FileElements?[corpus.Files.Count]).Graph;

    /// <summary>
    /// Compiles each file that <paramref name="kept"/> (by file index) holds no elements for, with <paramref name="sources"/> the
    /// corpus's sources by id. With <paramref name="earlier"/> (the compilation the kept elements come from), the graph is the
    /// earlier one with the changed files' elements spliced in (see <see cref="SortedById.Splice"/>) rather than a merge of all files.
    /// </summary>
    internal CorpusCompilation Compile(SeedCorpus corpus, IReadOnlyDictionary<string, CitedSource> sources, IReadOnlyList<FileElements?> kept,
        CorpusCompilation? earlier = null)
    {
        var context = new CompileContext(sources, _dates);
        var compiled = new FileElements[corpus.Files.Count];
        Parallel.For(0, compiled.Length, i => compiled[i] = kept[i] ?? CompileFile(corpus.Files[i], context));
        var graph = (earlier is null ? null : Splice(earlier, compiled)) ?? Merge(compiled);
        return new CorpusCompilation(graph, compiled);
    }

    /// <summary>
    /// As <see cref="Compile(SeedCorpus)"/>, clearing each file's slot of <paramref name="files"/> once its elements are
    /// made, so a caller that holds the records nowhere else lets each file's go while the rest compile (the graph
    /// shares their strings, not their records). <paramref name="released"/>, when given, is told how many slots are
    /// clear each time one is cleared (from the thread that cleared it).
    /// </summary>
    internal GraphData CompileReleasing(SeedFile?[] files, Action<int>? released = null)
    {
        var context = new CompileContext(CitedSource.Of(files!), _dates);
        var compiled = new FileElements[files.Length];
        var clear = 0;
        Parallel.For(0, compiled.Length, i =>
        {
            compiled[i] = CompileFile(files[i]!, context);
            files[i] = null;
            released?.Invoke(Interlocked.Increment(ref clear));
        });
        return Merge(compiled);
    }

    /// <summary>
    /// What <see cref="CompileReleasing"/> would make of <paramref name="files"/>, counted by label and type without making it:
    /// labels and types come from the same rules (<see cref="EntityLabel"/>, <see cref="LinkType"/>).
    /// </summary>
    internal GraphCounts Count(IEnumerable<SeedFile> files)
    {
        var tally = new GraphCounts.Tally();
        foreach (var file in files)
        {
            foreach (var _ in file.Sources) tally.Node(vocabulary.SourceLabel);
            foreach (var entity in file.Entities)
            {
                tally.Node(EntityLabel(entity));
                foreach (var link in entity.Links) tally.Relationship(LinkType(link));
            }
            foreach (var fact in file.Facts) tally.Relationship(fact.Type!.Value);
        }
        return tally.Counts();
    }

    private string EntityLabel(EntityRecord entity) => vocabulary.Kinds[entity.Kind!.Value].Label;

    private string LinkType(EntityLink link) => vocabulary.EntityFields[link.Key].Name;

    private static GraphData Merge(FileElements[] compiled) => GraphData.FromSorted(
        SortedById.Merge(compiled.Select(f => f.Nodes).ToArray(), static n => n.Id),
        SortedById.Merge(compiled.Select(f => f.Relationships).ToArray(), static r => r.Id));

    // Worth it while few files changed: a splice searches per changed element, a merge compares every id (~30 ms at 100k).
    private static GraphData? Splice(CorpusCompilation earlier, FileElements[] compiled)
    {
        var now = new HashSet<FileElements>(compiled, ReferenceEqualityComparer.Instance);
        var before = new HashSet<FileElements>(earlier.Files, ReferenceEqualityComparer.Instance);
        var removed = earlier.Files.Where(f => !now.Contains(f)).ToArray();
        var added = compiled.Where(f => !before.Contains(f)).ToArray();
        if (removed.Length + added.Length > Math.Max(2, compiled.Length / 8)) return null;
        var nodes = SortedById.Splice([.. earlier.Graph.Nodes], [.. removed.Select(f => f.Nodes)], [.. added.Select(f => f.Nodes)], static n => n.Id);
        var relationships = SortedById.Splice([.. earlier.Graph.Relationships], [.. removed.Select(f => f.Relationships)],
            [.. added.Select(f => f.Relationships)], static r => r.Id);
        return nodes is null || relationships is null ? null : GraphData.FromSorted(nodes, relationships);
    }

    private FileElements CompileFile(SeedFile file, CompileContext context)
    {
        var nodes = new GraphNode[file.Sources.Count + file.Entities.Count];
        var links = 0;
        foreach (var entity in file.Entities) links += entity.Links.Count;
        var relationships = new GraphRelationship[links + file.Facts.Count];
        var cited = new List<byte[]>();
        var cites = new HashSet<string>(StringComparer.Ordinal);
        var (n, r) = (0, 0);
        foreach (var source in file.Sources) nodes[n++] = SourceNode(source, context);
        foreach (var entity in file.Entities)
        {
            nodes[n++] = EntityNode(entity);
            if (entity.Links.Count == 0) continue;
            var citations = Cite(entity.Sources, context, cited, cites);
            foreach (var link in entity.Links)
            {
                var type = LinkType(link);
                var id = link.RelationshipId(entity.Id!.Value, type);
                var properties = PropertyMap.Empty;
                relationships[r++] = new GraphRelationship(id, type, entity.Id.Value, link.Target.Value, properties, citations,
                    ContentHash.OfRelationship(type, entity.Id.Value, link.Target.Value, properties, CollectionsMarshal.AsSpan(cited), citations));
            }
        }
        foreach (var fact in file.Facts) relationships[r++] = FactRelationship(fact, context, cited, cites);
        return new FileElements(SortedById.Sort(nodes, static n => n.Id), SortedById.Sort(relationships, static r => r.Id), [.. cites]);
    }

    private GraphNode EntityNode(EntityRecord entity)
    {
        var aliases = entity.Aliases.Count == 0 ? null : new string[entity.Aliases.Count];
        for (var i = 0; i < aliases?.Length; i++) aliases[i] = entity.Aliases[i].Value;
        var properties = EntityShape.Map([aliases, entity.Kind!.Value, entity.Name!.Value, entity.Note?.Value, entity.Role?.Value]);
        var label = EntityLabel(entity);
        return new GraphNode(entity.Id!.Value, label, properties, ContentHash.OfNode(label, properties));
    }

    private GraphNode SourceNode(SourceRecord source, CompileContext context)
    {
        var published = context.Box(FactDate.Parse(source.Published!.Value, out _)!.Value.First);
        var properties = SourceShape.Map([source.Carries?.Value, source.Credit?.Value, source.Dateline?.Value, source.Document!.Value, source.Note?.Value, published, source.Publisher!.Value, source.Title!.Value, source.Url?.Value]);
        return new GraphNode(source.Id!.Value, vocabulary.SourceLabel, properties, ContentHash.OfNode(vocabulary.SourceLabel, properties));
    }

    [MethodImpl(HotPath.Options)]
    private static GraphRelationship FactRelationship(FactRecord fact, CompileContext context, List<byte[]> cited, HashSet<string> cites)
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
        var disputes = fact.Disputes is { Count: > 0 } named ? named.Select(f => f.Value).ToArray() : null;
        var properties = FactShape.Map([fact.About?.Value, date, end, start, disputes, fact.Note?.Value, fact.Statement?.Value]);
        var citations = Cite(fact.Sources, context, cited, cites);
        var type = fact.Type!.Value;
        return new GraphRelationship(fact.Id!.Value, type, fact.Subject!.Value, fact.Object!.Value, properties, citations,
            ContentHash.OfRelationship(type, fact.Subject.Value, fact.Object.Value, properties, CollectionsMarshal.AsSpan(cited), citations));
    }

    /// <summary>
    /// The citations of some records; <paramref name="cited"/> is refilled with each one's source's
    /// encoded hash text, and each one's source id is added to <paramref name="cites"/>.
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private static Citation[] Cite(IReadOnlyList<CitationRecord> records, CompileContext context, List<byte[]> cited, HashSet<string> cites)
    {
        cited.Clear();
        if (records.Count == 0) return [];
        var citations = new Citation[records.Count];
        for (var i = 0; i < citations.Length; i++)
        {
            var source = context.Sources[records[i].Source!.Value];
            citations[i] = new Citation(source.Id, source.Publisher, source.Title, source.Published, records[i].Quote!.Value)
            {
                Reviews = records[i].Reviews.Count == 0 ? []
                    : records[i].Reviews.Select(r => new CitationReview(r.Flag!.Value, r.By!.Value, r.On!.Value, r.Note!.Value)).ToArray(),
            };
            cited.Add(source.Text);
            cites.Add(source.Id);
        }
        return citations;
    }

    /// <summary>One compile's shared lookups: sources by id, and date values.</summary>
    private sealed class CompileContext(IReadOnlyDictionary<string, CitedSource> sources, DateValue?[] dates)
    {
        public IReadOnlyDictionary<string, CitedSource> Sources => sources;

        /// <summary>
        /// The date as a value, one object per date while dates are within a few decades of each
        /// other (a graph holds ~2 dates per fact): a direct-mapped cache by day number, without
        /// locks; threads racing on a slot at worst make a date's value twice.
        /// </summary>
        [MethodImpl(HotPath.Options)]
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
}
