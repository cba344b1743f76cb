using GraphBuilder.Graph;

namespace GraphBuilder.Web.Tests;

/// <summary>Builds nodes and relationships the way the compiler does (properties plus content hashes).</summary>
internal static class GraphFactory
{
    public static GraphNode Node(string id, string label, string name, string? kind = null, string[]? aliases = null, string? role = null)
    {
        var properties = PropertyMap.Of(("name", name), ("kind", kind), ("aliases", aliases is { Length: > 0 } ? aliases : null), ("role", role));
        return new GraphNode(id, label, properties, ContentHash.OfNode(label, properties));
    }

    public static GraphNode Source(string id, string publisher, string title, DateOnly published, string? url = null)
    {
        var properties = PropertyMap.Of(("title", title), ("publisher", publisher), ("published", published), ("document", $"documents/{id}.txt"), ("url", url));
        return new GraphNode(id, "Source", properties, ContentHash.OfNode("Source", properties));
    }

    /// <summary>A relationship; <paramref name="date"/> is as written in seeds (YYYY, YYYY-MM or YYYY-MM-DD).</summary>
    public static GraphRelationship Rel(
        string id, string type, string start, string end, string? date = null, string? about = null,
        DateOnly? from = null, params Citation[] sources)
    {
        var properties = PropertyMap.Of(("about", about));
        if (date is not null)
        {
            var (first, last) = Cover(date);
            properties = properties.With("date", date).With("date_start", first).With("date_end", last);
        }
        else if (from is { } start1)
        {
            properties = properties.With("date_start", start1);
        }
        return new GraphRelationship(id, type, start, end, properties, sources,
            ContentHash.OfRelationship(type, start, end, properties, sources));
    }

    /// <summary>The same relationship marked as reporting <paramref name="statement"/> (facts with one statement id count once).</summary>
    public static GraphRelationship Stated(GraphRelationship rel, string statement)
    {
        var properties = rel.Properties.With("statement", statement);
        return rel with { Properties = properties, Hash = ContentHash.OfRelationship(rel.Type, rel.StartId, rel.EndId, properties, rel.Sources) };
    }

    /// <summary>The same relationship marked as disputing the facts <paramref name="factIds"/> (the seeds' <c>disputes:</c>).</summary>
    public static GraphRelationship Disputing(GraphRelationship rel, params string[] factIds)
    {
        var properties = rel.Properties.With("disputes", factIds);
        return rel with { Properties = properties, Hash = ContentHash.OfRelationship(rel.Type, rel.StartId, rel.EndId, properties, rel.Sources) };
    }

    public static Citation Cite(GraphNode source, string quote) => new(
        source.Id, source.Properties.GetString("publisher")!, source.Properties.GetString("title")!,
        source.Properties.GetDate("published"), quote);

    private static (DateOnly First, DateOnly Last) Cover(string date)
    {
        var parts = date.Split('-').Select(int.Parse).ToArray();
        return parts.Length switch
        {
            1 => (new DateOnly(parts[0], 1, 1), new DateOnly(parts[0], 12, 31)),
            2 => (new DateOnly(parts[0], parts[1], 1), new DateOnly(parts[0], parts[1], DateTime.DaysInMonth(parts[0], parts[1]))),
            _ => (new DateOnly(parts[0], parts[1], parts[2]), new DateOnly(parts[0], parts[1], parts[2])),
        };
    }
}
