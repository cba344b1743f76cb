using System.Globalization;
using System.Text.Json;
using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Web.Tests;

/// <summary>Reads a graph exported by JsonGraphWriter (for screenshots of a real graph).</summary>
internal static class ExportedGraphJson
{
    public static GraphData Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().Select(n =>
        {
            var label = n.GetProperty("labels")[0].GetString()!;
            var properties = Properties(n.GetProperty("properties"));
            return new GraphNode(n.GetProperty("id").GetString()!, label, properties, ContentHash.OfNode(label, properties));
        }).ToArray();
        var rels = root.GetProperty("relationships").EnumerateArray().Select(r =>
        {
            var type = r.GetProperty("type").GetString()!;
            var start = r.GetProperty("start").GetString()!;
            var end = r.GetProperty("end").GetString()!;
            var props = r.GetProperty("properties");
            var properties = Properties(props);
            var sources = props.TryGetProperty("sources", out var s) ? s.EnumerateArray().Select(Citation).ToArray() : [];
            return new GraphRelationship(r.GetProperty("id").GetString()!, type, start, end, properties, sources,
                ContentHash.OfRelationship(type, start, end, properties, sources));
        }).ToArray();
        return new GraphData(nodes, rels);
    }

    private static PropertyMap Properties(JsonElement element) =>
        PropertyMap.From(element.EnumerateObject().Where(p => p.Name != "sources").Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind switch
        {
            JsonValueKind.String => p.Value.GetString(),
            JsonValueKind.Number => p.Value.TryGetInt64(out var l) ? new IntegerValue(l) : new FloatValue(p.Value.GetDouble()),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Array => p.Value.EnumerateArray().Select(v => v.ToString()).ToArray(),
            _ => (PropertyValue?)null,
        })));

    private static Citation Citation(JsonElement c) => new(
        Text(c, "source"), Text(c, "publisher"), Text(c, "title"),
        c.TryGetProperty("published", out var p) ? DateOnly.Parse(p.GetString()!, CultureInfo.InvariantCulture) : null,
        Text(c, "quote"));

    private static string Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() ?? "" : "";
}
