using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Export;

/// <summary>
/// Writes GraphML for Gephi and yEd: a <c>&lt;key&gt;</c> for every node and edge attribute in use
/// (<c>labels</c> on nodes and <c>type</c> on edges included), list values and citations as JSON text,
/// dates as yyyy-MM-dd, numbers and booleans typed. Each node and edge also carries a <c>label</c>
/// (node name, relationship type), which Gephi shows, and yEd's own label graphics, which yEd shows.
/// </summary>
/// <remarks>
/// Lossless for every string: carriage returns are written as <c>&amp;#xD;</c> so parsers do not turn
/// them into line feeds, and a text XML 1.0 cannot hold at all (control characters other than tab,
/// line feed and carriage return; U+FFFE, U+FFFF) is written JSON-escaped, without its quotes, and
/// marked with <c>gb:escaped</c> naming what is escaped: <c>text</c> on a <c>data</c> element,
/// <c>id</c>, <c>source</c>, <c>target</c> on a node or edge, <c>attr.name</c> on a key. The yEd labels are display copies.
/// </remarks>
public static class GraphMlWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";
    private const string YNs = "http://www.yworks.com/xml/graphml";

    /// <summary>The namespace of the <c>escaped</c> marker.</summary>
    public const string EscapeNs = "urn:graphbuilder:graphml";

    // The XML writer escapes markup itself; keep the JSON inside attributes readable in Gephi and yEd.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly AttributeType Types = new();
    private static readonly ValueText Texts = new();

    public static void Write(GraphData graph, Stream output)
    {
        // Entitize: a raw CR in text or any line end in an attribute would be normalised away by the reader.
        using var xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            Indent = true, Encoding = new System.Text.UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize,
        });
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
        xml.WriteAttributeString("xmlns", "y", null, YNs);
        xml.WriteAttributeString("xmlns", "gb", null, EscapeNs);
        WriteKey(xml, "labels", "node", "labels", "string");
        WriteKey(xml, "node_label", "node", "label", "string");
        foreach (var (name, (id, type)) in nodeKeys) WriteKey(xml, id, "node", name, type);
        WriteKey(xml, "type", "edge", "type", "string");
        WriteKey(xml, "edge_label", "edge", "label", "string");
        WriteKey(xml, "sources", "edge", "sources", "string");
        foreach (var (name, (id, type)) in edgeKeys) WriteKey(xml, id, "edge", name, type);
        WriteGraphicsKey(xml, "node_graphics", "node", "nodegraphics");
        WriteGraphicsKey(xml, "edge_graphics", "edge", "edgegraphics");

        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Ns);
            WriteIds(xml, ("id", node.Id));
            WriteData(xml, "labels", ":" + node.Label);
            WriteData(xml, "node_label", node.Name);
            foreach (var (key, value) in node.Properties) WriteData(xml, nodeKeys[key].Id, Texts.Visit(default, value));
            WriteGraphics(xml, "node_graphics", "ShapeNode", "NodeLabel", node.Name, arrow: false);
            xml.WriteEndElement();
        }
        foreach (var rel in graph.Relationships)
        {
            xml.WriteStartElement("edge", Ns);
            WriteIds(xml, ("id", rel.Id), ("source", rel.StartId), ("target", rel.EndId));
            WriteData(xml, "type", rel.Type);
            WriteData(xml, "edge_label", rel.Type);
            WriteData(xml, "sources", JsonSerializer.Serialize(rel.Sources.Select(c => new
            {
                source = c.SourceId, publisher = c.Publisher, title = c.Title,
                published = c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), quote = c.Quote,
            }), Json));
            foreach (var (key, value) in rel.Properties) WriteData(xml, edgeKeys[key].Id, Texts.Visit(default, value));
            WriteGraphics(xml, "edge_graphics", "PolyLineEdge", "EdgeLabel", rel.Type, arrow: true);
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
            var type = Types.Visit(default, value);
            types[key] = types.TryGetValue(key, out var seen) && seen != type ? "string" : type;
        }
        var index = 0;
        return new SortedDictionary<string, (string, string)>(
            types.ToDictionary(t => t.Key, t => ($"{prefix}{index++}", t.Value)), StringComparer.Ordinal);
    }

    private static void WriteKey(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", XmlSafe(name, out var escaped));
        if (escaped) xml.WriteAttributeString("gb", "escaped", EscapeNs, "attr.name");
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void WriteGraphicsKey(XmlWriter xml, string id, string domain, string yfilesType)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("yfiles.type", yfilesType);
        xml.WriteEndElement();
    }

    /// <summary>yEd shows only labels given as its own graphics: <c>&lt;y:ShapeNode&gt;&lt;y:NodeLabel&gt;</c> or the edge equivalent.</summary>
    private static void WriteGraphics(XmlWriter xml, string key, string shape, string labelElement, string label, bool arrow)
    {
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteStartElement("y", shape, YNs);
        if (arrow)
        {
            xml.WriteStartElement("y", "Arrows", YNs);
            xml.WriteAttributeString("source", "none");
            xml.WriteAttributeString("target", "standard");
            xml.WriteEndElement();
        }
        xml.WriteElementString("y", labelElement, YNs, XmlSafe(label, out _));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteIds(XmlWriter xml, params (string Name, string Value)[] ids)
    {
        var escaped = new List<string>();
        foreach (var (name, value) in ids)
        {
            xml.WriteAttributeString(name, XmlSafe(value, out var changed));
            if (changed) escaped.Add(name);
        }
        if (escaped.Count > 0) xml.WriteAttributeString("gb", "escaped", EscapeNs, string.Join(' ', escaped));
    }

    private static void WriteData(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        var text = XmlSafe(value, out var escaped);
        if (escaped) xml.WriteAttributeString("gb", "escaped", EscapeNs, "text");
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    /// <summary>The text itself when XML 1.0 can hold it, else its JSON-escaped form without quotes.</summary>
    private static string XmlSafe(string text, out bool escaped)
    {
        escaped = !IsXmlText(text);
        return escaped ? JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() : text;
    }

    private static bool IsXmlText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /// <summary>The GraphML <c>attr.type</c> of a value: numbers and booleans typed, everything else text.</summary>
    private sealed class AttributeType : PropertyValueVisitor<ValueTuple, string>
    {
        protected override string VisitString(ValueTuple _, string value) => "string";
        protected override string VisitInteger(ValueTuple _, long value) => "long";
        protected override string VisitFloat(ValueTuple _, double value) => "double";
        protected override string VisitBoolean(ValueTuple _, bool value) => "boolean";
        protected override string VisitDate(ValueTuple _, DateOnly value) => "string";
        protected override string VisitStringList(ValueTuple _, IReadOnlyList<string> value) => "string";
    }

    /// <summary>A value's text inside <c>&lt;data&gt;</c>: invariant numbers, yyyy-MM-dd dates, lists as JSON arrays.</summary>
    private sealed class ValueText : PropertyValueVisitor<ValueTuple, string>
    {
        protected override string VisitString(ValueTuple _, string value) => value;
        protected override string VisitInteger(ValueTuple _, long value) => value.ToString(CultureInfo.InvariantCulture);
        protected override string VisitFloat(ValueTuple _, double value) => value.ToString("R", CultureInfo.InvariantCulture);
        protected override string VisitBoolean(ValueTuple _, bool value) => value ? "true" : "false";
        protected override string VisitDate(ValueTuple _, DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        protected override string VisitStringList(ValueTuple _, IReadOnlyList<string> value) => JsonSerializer.Serialize(value, Json);
    }
}
