using System.Globalization;
using System.Text.Json;
using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Maps graph elements to Neo4j property maps and back. Neo4j cannot store maps or lists of maps,
/// so a relationship's citations become parallel lists (<c>source_ids</c>, <c>source_publishers</c>,
/// <c>source_titles</c>, <c>source_published</c> as yyyy-MM-dd or "" when unknown, <c>quotes</c>,
/// <c>source_reviews</c> as each citation's reviews in JSON or "" when it has none).
/// Every element also carries its <c>id</c> and content hash <c>gb_hash</c>.
/// </summary>
internal static class Neo4jElementMapper
{
    public const string IdKey = "id";
    public const string HashKey = "gb_hash";
    public const string SourceIdsKey = "source_ids";
    public const string SourcePublishersKey = "source_publishers";
    public const string SourceTitlesKey = "source_titles";
    public const string SourcePublishedKey = "source_published";
    public const string QuotesKey = "quotes";
    public const string SourceReviewsKey = "source_reviews";

    private static readonly string[] NodeReserved = [IdKey, HashKey];
    private static readonly string[] RelationshipReserved =
        [IdKey, HashKey, SourceIdsKey, SourcePublishersKey, SourceTitlesKey, SourcePublishedKey, QuotesKey, SourceReviewsKey];

    public static IReadOnlyDictionary<string, object?> NodeRow(GraphNode node)
    {
        var props = Properties(node.Properties, NodeReserved, node.Id);
        props[IdKey] = node.Id;
        props[HashKey] = node.Hash;
        return new Dictionary<string, object?> { ["id"] = node.Id, ["props"] = props };
    }

    public static IReadOnlyDictionary<string, object?> RelationshipRow(GraphRelationship rel)
    {
        var props = Properties(rel.Properties, RelationshipReserved, rel.Id);
        props[IdKey] = rel.Id;
        props[HashKey] = rel.Hash;
        props[SourceIdsKey] = rel.Sources.Select(c => c.SourceId).ToArray();
        props[SourcePublishersKey] = rel.Sources.Select(c => c.Publisher).ToArray();
        props[SourceTitlesKey] = rel.Sources.Select(c => c.Title).ToArray();
        props[SourcePublishedKey] = rel.Sources.Select(c => c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "").ToArray();
        props[QuotesKey] = rel.Sources.Select(c => c.Quote).ToArray();
        props[SourceReviewsKey] = rel.Sources.Select(c => c.Reviews.Count == 0 ? "" : JsonSerializer.Serialize(c.Reviews)).ToArray();
        return new Dictionary<string, object?> { ["id"] = rel.Id, ["start"] = rel.StartId, ["end"] = rel.EndId, ["props"] = props };
    }

    public static GraphNode ToNode(string id, string label, IReadOnlyDictionary<string, object?> stored) =>
        new(id, label, ToPropertyMap(stored, NodeReserved), stored.GetValueOrDefault(HashKey) as string ?? "");

    public static GraphRelationship ToRelationship(string id, string type, string startId, string endId, IReadOnlyDictionary<string, object?> stored)
    {
        var ids = Strings(stored, SourceIdsKey);
        var publishers = Strings(stored, SourcePublishersKey);
        var titles = Strings(stored, SourceTitlesKey);
        var published = Strings(stored, SourcePublishedKey);
        var quotes = Strings(stored, QuotesKey);
        var reviews = Strings(stored, SourceReviewsKey);
        var sources = ids.Select((sourceId, i) => new Citation(
            sourceId,
            publishers.ElementAtOrDefault(i) ?? "",
            titles.ElementAtOrDefault(i) ?? "",
            DateOnly.TryParseExact(published.ElementAtOrDefault(i), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            quotes.ElementAtOrDefault(i) ?? "")
        {
            Reviews = reviews.ElementAtOrDefault(i) is { Length: > 0 } json ? JsonSerializer.Deserialize<CitationReview[]>(json) ?? [] : [],
        }).ToArray();
        return new GraphRelationship(id, type, startId, endId, ToPropertyMap(stored, RelationshipReserved), sources,
            stored.GetValueOrDefault(HashKey) as string ?? "");
    }

    private static Dictionary<string, object?> Properties(PropertyMap properties, string[] reserved, string elementId)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (reserved.Contains(key, StringComparer.Ordinal))
                throw new StoreException($"Element '{elementId}' has a property '{key}', which the Neo4j store reserves for itself.");
            props[key] = value;
        }
        return props;
    }

    private static PropertyMap ToPropertyMap(IReadOnlyDictionary<string, object?> stored, string[] reserved) =>
        PropertyMap.From(stored.Where(p => !reserved.Contains(p.Key, StringComparer.Ordinal))
            .Select(p => KeyValuePair.Create(p.Key, ToValue(p.Key, p.Value))));

    /// <summary>A value read back from Neo4j as the property value GraphBuilder wrote.</summary>
    private static PropertyValue? ToValue(string key, object? value) => value switch
    {
        null => null,
        string s => new StringValue(s),
        long l => new IntegerValue(l),
        double d => new FloatValue(d),
        bool b => BooleanValue.Of(b),
        DateOnly date => new DateValue(date),
        IEnumerable<object?> list => new StringListValue(list.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? "").ToArray()),
        _ => throw new StoreException($"Stored property '{key}' has a {value.GetType().Name} value, which GraphBuilder never writes."),
    };

    private static string[] Strings(IReadOnlyDictionary<string, object?> stored, string key) =>
        stored.GetValueOrDefault(key) is IEnumerable<object?> list
            ? list.Select(x => x as string ?? "").ToArray()
            : [];
}
