using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>
/// Writes the documented JSON export shape, in id order:
/// <c>{"nodes":[{"id","labels","properties"}],"relationships":[{"id","type","start","end","properties"}]}</c>.
/// Relationship properties carry <c>sources</c> (source id, publisher, title, published, quote).
/// Escaping is JSON-correct but not HTML-safe: embedding in a page must escape '&lt;' itself.
/// </summary>
public static class JsonGraphWriter
{
    private static readonly JsonValueWriter Values = new();

    public static void Write(GraphData graph, Stream output, bool indented = true)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Write(graph, json);
    }

    public static string ToJson(GraphData graph, bool indented = true)
    {
        using var buffer = new MemoryStream();
        Write(graph, buffer, indented);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(GraphData graph, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes) WriteNode(json, node);
        json.WriteEndArray();

        json.WriteStartArray("relationships");
        foreach (var rel in graph.Relationships) WriteRelationship(json, rel);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>One node as the export writes it: <c>{"id","labels","properties"}</c>.</summary>
    public static void WriteNode(Utf8JsonWriter json, GraphNode node)
    {
        json.WriteStartObject();
        json.WriteString("id", node.Id);
        json.WriteStartArray("labels");
        json.WriteStringValue(node.Label);
        json.WriteEndArray();
        json.WritePropertyName("properties");
        json.WriteStartObject();
        WriteProperties(json, node.Properties);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>One relationship as the export writes it: <c>{"id","type","start","end","properties"}</c>, its sources among the properties.</summary>
    public static void WriteRelationship(Utf8JsonWriter json, GraphRelationship rel)
    {
        json.WriteStartObject();
        json.WriteString("id", rel.Id);
        json.WriteString("type", rel.Type);
        json.WriteString("start", rel.StartId);
        json.WriteString("end", rel.EndId);
        json.WritePropertyName("properties");
        json.WriteStartObject();
        WriteProperties(json, rel.Properties);
        json.WriteStartArray("sources");
        foreach (var c in rel.Sources)
        {
            json.WriteStartObject();
            json.WriteString("source", c.SourceId);
            json.WriteString("publisher", c.Publisher);
            json.WriteString("title", c.Title);
            if (c.Published is { } published) json.WriteString("published", FormatDate(published));
            json.WriteString("quote", c.Quote);
            WriteReviews(json, c.Reviews);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteProperties(Utf8JsonWriter json, PropertyMap properties)
    {
        foreach (var (key, value) in properties)
        {
            json.WritePropertyName(key);
            Values.Visit(json, value);
        }
    }

    private static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A citation's reviews as <c>"reviewed": [{flag, by, on, note}]</c>, left out when it has none.</summary>
    public static void WriteReviews(Utf8JsonWriter json, IReadOnlyList<CitationReview> reviews)
    {
        if (reviews.Count == 0) return;
        json.WriteStartArray("reviewed");
        foreach (var r in reviews)
        {
            json.WriteStartObject();
            json.WriteString("flag", r.Flag);
            json.WriteString("by", r.By);
            json.WriteString("on", r.On);
            json.WriteString("note", r.Note);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
