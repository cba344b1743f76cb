using System.IO.Hashing;
using System.Text;
using GraphBuilder.Facts;
using GraphBuilder.Schema;

namespace GraphBuilder.Graph;

/// <summary>
/// Compiles a validated corpus into a property graph: one node per entity (label from its kind)
/// and per source, one relationship per fact and per entity link, each with its provenance.
/// Keeps each seed file's compiled elements between runs: the loader hands back the same
/// <see cref="SeedFile"/> instance while a file's content is unchanged, so only edited files are
/// compiled again, or all of them when a source's cited fields (id, publisher, title, date) change.
/// </summary>
public sealed class GraphCompiler(Vocabulary vocabulary)
{
    private readonly Lock _gate = new();
    private Dictionary<SeedFile, FileElements> _cache = new(ReferenceEqualityComparer.Instance);
    private UInt128 _sourcesVersion;

    public GraphData Compile(SeedCorpus corpus)
    {
        var sources = corpus.Sources.ToDictionary(s => s.Id!.Value, StringComparer.Ordinal);
        var version = SourcesVersion(sources);
        lock (_gate)
        {
            var reusable = version == _sourcesVersion ? _cache : [];
            var compiled = new FileElements[corpus.Files.Count];
            Parallel.For(0, compiled.Length, i =>
                compiled[i] = reusable.TryGetValue(corpus.Files[i], out var kept) ? kept : CompileFile(corpus.Files[i], sources));

            var cache = new Dictionary<SeedFile, FileElements>(compiled.Length, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < compiled.Length; i++) cache[corpus.Files[i]] = compiled[i];
            (_cache, _sourcesVersion) = (cache, version);
            return new GraphData(compiled.SelectMany(c => c.Nodes), compiled.SelectMany(c => c.Relationships));
        }
    }

    private FileElements CompileFile(SeedFile file, Dictionary<string, SourceRecord> sources)
    {
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        foreach (var source in file.Sources) nodes.Add(SourceNode(source));
        foreach (var entity in file.Entities)
        {
            nodes.Add(EntityNode(entity));
            var citations = Cite(entity.Sources, sources);
            foreach (var link in entity.Links)
            {
                var type = vocabulary.EntityFields[link.Key].Name;
                var id = link.RelationshipId(entity.Id!.Value, type);
                var properties = new PropertyMap();
                relationships.Add(new GraphRelationship(id, type, entity.Id.Value, link.Target.Value, properties, citations,
                    ContentHash.OfRelationship(type, entity.Id.Value, link.Target.Value, properties, citations)));
            }
        }
        foreach (var fact in file.Facts) relationships.Add(FactRelationship(fact, sources));
        return new FileElements(nodes, relationships);
    }

    /// <summary>A hash of what citations copy from sources; when it changes, cached relationships may be stale.</summary>
    private static UInt128 SourcesVersion(Dictionary<string, SourceRecord> sources)
    {
        var hash = new XxHash128();
        foreach (var source in sources.Values.OrderBy(s => s.Id!.Value, StringComparer.Ordinal))
            foreach (var field in new[] { source.Id!.Value, source.Publisher!.Value, source.Title!.Value, source.Published!.Value })
            {
                hash.Append(BitConverter.GetBytes(field.Length));
                hash.Append(Encoding.UTF8.GetBytes(field));
            }
        return hash.GetCurrentHashAsUInt128();
    }

    private GraphNode EntityNode(EntityRecord entity)
    {
        var properties = new PropertyMap()
            .Set("name", entity.Name!.Value)
            .Set("kind", entity.Kind!.Value)
            .Set("role", entity.Role?.Value)
            .Set("note", entity.Note?.Value);
        if (entity.Aliases.Count > 0) properties.Set("aliases", entity.Aliases.Select(a => a.Value).ToArray());
        var label = vocabulary.Kinds[entity.Kind.Value].Label;
        return new GraphNode(entity.Id!.Value, label, properties, ContentHash.OfNode(label, properties));
    }

    private GraphNode SourceNode(SourceRecord source)
    {
        var properties = new PropertyMap()
            .Set("title", source.Title!.Value)
            .Set("publisher", source.Publisher!.Value)
            .Set("published", FactDate.Parse(source.Published!.Value, out _)!.Value.First)
            .Set("document", source.Document!.Value)
            .Set("url", source.Url?.Value)
            .Set("note", source.Note?.Value);
        return new GraphNode(source.Id!.Value, vocabulary.SourceLabel, properties, ContentHash.OfNode(vocabulary.SourceLabel, properties));
    }

    private static GraphRelationship FactRelationship(FactRecord fact, Dictionary<string, SourceRecord> sources)
    {
        var properties = new PropertyMap()
            .Set("about", fact.About?.Value)
            .Set("note", fact.Note?.Value);
        if (fact.Date is { } date)
        {
            var parsed = FactDate.Parse(date.Value, out _)!.Value;
            properties.Set("date", parsed.Text).Set("date_start", parsed.First).Set("date_end", parsed.Last);
        }
        else if (fact.From is not null || fact.To is not null)
        {
            var from = fact.From is null ? (FactDate?)null : FactDate.Parse(fact.From.Value, out _);
            var to = fact.To is null ? (FactDate?)null : FactDate.Parse(fact.To.Value, out _);
            properties.Set("date", $"{from?.Text ?? ".."}/{to?.Text ?? ".."}")
                .Set("date_start", from?.First)
                .Set("date_end", to?.Last);
        }
        var citations = Cite(fact.Sources, sources);
        var type = fact.Type!.Value;
        return new GraphRelationship(fact.Id!.Value, type, fact.Subject!.Value, fact.Object!.Value, properties, citations,
            ContentHash.OfRelationship(type, fact.Subject.Value, fact.Object.Value, properties, citations));
    }

    private static Citation[] Cite(IReadOnlyList<CitationRecord> records, Dictionary<string, SourceRecord> sources) =>
        records.Select(c =>
        {
            var source = sources[c.Source!.Value];
            return new Citation(source.Id!.Value, source.Publisher!.Value, source.Title!.Value,
                FactDate.Parse(source.Published!.Value, out _)?.First, c.Quote!.Value);
        }).ToArray();

    private sealed record FileElements(List<GraphNode> Nodes, List<GraphRelationship> Relationships);
}
