using System.Globalization;
using System.Text.Json;
using System.Xml;
using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>
/// Writes GraphML for Gephi and yEd: a <c>&lt;key&gt;</c> for every node and edge attribute in use
/// (<c>labels</c> on nodes and <c>type</c> on edges included), list values and citations as JSON text,
/// dates as yyyy-MM-dd, numbers and booleans typed.
/// </summary>
public static class GraphMlWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    // The XML writer escapes markup itself; keep the JSON inside attributes readable in Gephi and yEd.
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(GraphData graph, Stream output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        Write(graph, xml);
    }

    public static string ToGraphMl(GraphData graph)
    {
        using var buffer = new MemoryStream();
        Write(graph, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(GraphData graph, XmlWriter xml)
    {
        var nodeKeys = Keys(graph.Nodes.Select(n => n.Properties), "n_");
        var edgeKeys = Keys(graph.Relationships.Select(r => r.Properties), "e_");
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns);
        WriteKey(xml, "labels", "node", "labels", "string");
        foreach (var (name, (id, type)) in nodeKeys) WriteKey(xml, id, "node", name, type);
        WriteKey(xml, "type", "edge", "type", "string");
        WriteKey(xml, "sources", "edge", "sources", "string");
        foreach (var (name, (id, type)) in edgeKeys) WriteKey(xml, id, "edge", name, type);

        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", node.Id);
            WriteData(xml, "labels", ":" + node.Label);
            foreach (var (key, value) in node.Properties) WriteData(xml, nodeKeys[key].Id, Text(value));
            xml.WriteEndElement();
        }
        foreach (var rel in graph.Relationships)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", rel.Id);
            xml.WriteAttributeString("source", rel.StartId);
            xml.WriteAttributeString("target", rel.EndId);
            WriteData(xml, "type", rel.Type);
            WriteData(xml, "sources", JsonSerializer.Serialize(rel.Sources.Select(c => new
            {
                source = c.SourceId, publisher = c.Publisher, title = c.Title,
                published = c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), quote = c.Quote,
            }), Json));
            foreach (var (key, value) in rel.Properties) WriteData(xml, edgeKeys[key].Id, Text(value));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
    }

    private static SortedDictionary<string, (string Id, string Type)> Keys(IEnumerable<PropertyMap> maps, string prefix)
    {
        var types = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in maps.SelectMany(m => m))
        {
            var type = TypeOf(value);
            types[key] = types.TryGetValue(key, out var seen) && seen != type ? "string" : type;
        }
        var index = 0;
        return new SortedDictionary<string, (string, string)>(
            types.ToDictionary(t => t.Key, t => ($"{prefix}{index++}", t.Value)), StringComparer.Ordinal);
    }

    private static string TypeOf(object value) => value switch
    {
        long => "long",
        double => "double",
        bool => "boolean",
        _ => "string",
    };

    private static string Text(object value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyList<string> list => JsonSerializer.Serialize(list, Json),
        _ => value.ToString() ?? "",
    };

    private static void WriteKey(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
