using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using CsCheck;
using GraphBuilder.Export;
using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Export;

/// <summary>
/// Every export gives back every text of any graph byte for byte (control characters, CR and CRLF included),
/// and every value as its type, as far as the format has one.
/// </summary>
public sealed class ExportRoundTripTests
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gb = GraphMlWriter.EscapeNs;

    [Fact]
    public void CypherExport_ReadsBackAsTheSameGraph_WithTheSameHashes()
    {
        var writer = new CypherScriptWriter(Some.Vocabulary);

        AnyGraph.Graph.Sample(graph =>
        {
            var read = CypherScriptReader.Read(writer.ToScript(graph));

            Assert.Equal(Describe(graph), Describe(read));
            Assert.All(read.Nodes, n => Assert.Equal(n.Hash, ContentHash.OfNode(n.Label, n.Properties)));
            Assert.All(read.Relationships, r => Assert.Equal(r.Hash, ContentHash.OfRelationship(r.Type, r.StartId, r.EndId, r.Properties, r.Sources)));
        }, iter: 300, print: g => string.Join("\n", Describe(g)));
    }

    [Fact]
    public void JsonExport_ReadsBackEveryTextAndValue()
    {
        AnyGraph.Graph.Sample(graph =>
        {
            using var json = JsonDocument.Parse(JsonGraphWriter.ToJson(graph));
            var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToArray();
            var relationships = json.RootElement.GetProperty("relationships").EnumerateArray().ToArray();

            Assert.Equal(graph.Nodes.Select(n => (n.Id, n.Label)), nodes.Select(n => (Text(n, "id"), n.GetProperty("labels")[0].GetString()!)));
            foreach (var (node, read) in graph.Nodes.Zip(nodes)) AssertJsonProperties(node.Properties, read.GetProperty("properties"));
            Assert.Equal(graph.Relationships.Select(r => (r.Id, r.Type, r.StartId, r.EndId)),
                relationships.Select(r => (Text(r, "id"), Text(r, "type"), Text(r, "start"), Text(r, "end"))));
            foreach (var (rel, read) in graph.Relationships.Zip(relationships))
            {
                var properties = read.GetProperty("properties");
                AssertJsonProperties(rel.Properties, properties, except: "sources");
                Assert.Equal(rel.Sources, properties.GetProperty("sources").EnumerateArray().Select(c => new Citation(Text(c, "source"), Text(c, "publisher"), Text(c, "title"),
                    c.TryGetProperty("published", out var p) ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null, Text(c, "quote"))));
            }
        }, iter: 300);
    }

    [Fact]
    public void GraphMlExport_ReadsBackEveryTextAndValue()
    {
        AnyGraph.Graph.Sample(graph =>
        {
            var doc = XDocument.Parse(GraphMlWriter.ToGraphMl(graph), LoadOptions.PreserveWhitespace);
            var keys = doc.Root!.Elements(Ns + "key").Where(k => k.Attribute("attr.name") is not null)
                .ToDictionary(k => (string)k.Attribute("id")!, k => (Name: Unescape(k, "attr.name"), Type: (string)k.Attribute("attr.type")!));
            var nodes = doc.Descendants(Ns + "node").ToArray();
            var edges = doc.Descendants(Ns + "edge").ToArray();

            Assert.Equal(graph.Nodes.Select(n => (n.Id, ":" + n.Label, n.Name)), nodes.Select(n => (Unescape(n, "id"), Data(n, keys, "labels"), Data(n, keys, "label"))));
            foreach (var (node, read) in graph.Nodes.Zip(nodes)) AssertGraphMlProperties(node.Properties, read, keys);
            Assert.Equal(graph.Relationships.Select(r => (r.Id, r.StartId, r.EndId, r.Type)),
                edges.Select(e => (Unescape(e, "id"), Unescape(e, "source"), Unescape(e, "target"), Data(e, keys, "type"))));
            foreach (var (rel, read) in graph.Relationships.Zip(edges))
            {
                AssertGraphMlProperties(rel.Properties, read, keys);
                var sources = JsonDocument.Parse(Data(read, keys, "sources")).RootElement.EnumerateArray().Select(c => new Citation(Text(c, "source"), Text(c, "publisher"), Text(c, "title"),
                    c.GetProperty("published").GetString() is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null, Text(c, "quote")));
                Assert.Equal(rel.Sources, sources);
            }
        }, iter: 300);
    }

    private static IEnumerable<string> Describe(GraphData graph) =>
        graph.Nodes.Select(n => $"N {Json(n.Id)} {n.Label} {Json(n.Properties)} {n.Hash}")
            .Concat(graph.Relationships.Select(r => $"R {Json(r.Id)} {r.Type} {Json(r.StartId)} {Json(r.EndId)} {Json(r.Properties)} {Json(r.Sources)} {r.Hash}"));

    private static string Json(object value) => JsonSerializer.Serialize(value is PropertyMap map
        ? map.Select(p => new[] { p.Key, p.Value.GetType().Name, Text(p.Value) }).ToArray()
        : value);

    private static string Text(PropertyValue value) => value switch
    {
        StringListValue l => JsonSerializer.Serialize(l.Values),
        FloatValue f => f.Value.ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;

    private static void AssertJsonProperties(PropertyMap expected, JsonElement actual, string? except = null)
    {
        var read = actual.EnumerateObject().Where(p => p.Name != except).ToArray();
        Assert.Equal(expected.Keys, read.Select(p => p.Name));
        foreach (var ((_, value), p) in expected.Zip(read))
        {
            var v = p.Value;
            switch (value)
            {
                case StringValue s: Assert.Equal(s.Value, v.GetString()); break;
                case IntegerValue i: Assert.Equal(i.Value, v.GetInt64()); break;
                case FloatValue f: Assert.Equal(f.Value, v.GetDouble()); break;
                case BooleanValue b: Assert.Equal(b.Value, v.GetBoolean()); break;
                case DateValue d: Assert.Equal(d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.GetString()); break;
                case StringListValue l: Assert.Equal(l.Values, v.EnumerateArray().Select(x => x.GetString()!)); break;
                default: throw new InvalidOperationException(value.GetType().Name);
            }
        }
    }

    private static void AssertGraphMlProperties(PropertyMap expected, XElement element, Dictionary<string, (string Name, string Type)> keys)
    {
        var read = element.Elements(Ns + "data").Where(d => IsPropertyKey((string)d.Attribute("key")!))
            .Select(d => (Key: keys[(string)d.Attribute("key")!], Text: Unescape(d, "text"))).ToArray();
        Assert.Equal(expected.Keys, read.Select(d => d.Key.Name));
        foreach (var ((_, value), (key, text)) in expected.Zip(read))
        {
            switch (value)
            {
                case StringValue s: Assert.Equal(s.Value, text); break;
                case IntegerValue i: Assert.Equal(i.Value, long.Parse(text, CultureInfo.InvariantCulture)); break;
                case FloatValue f: Assert.Equal(f.Value, double.Parse(text, CultureInfo.InvariantCulture)); break;
                case BooleanValue b: Assert.Equal(b.Value ? "true" : "false", text); break;
                case DateValue d: Assert.Equal(d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text); break;
                case StringListValue l: Assert.Equal(l.Values, JsonSerializer.Deserialize<string[]>(text)!); break;
                default: throw new InvalidOperationException(value.GetType().Name);
            }
            if (value is IntegerValue or FloatValue or BooleanValue && key.Type != "string")
                Assert.Equal(value switch { IntegerValue => "long", FloatValue => "double", _ => "boolean" }, key.Type);
        }
    }

    private static string Data(XElement element, Dictionary<string, (string Name, string Type)> keys, string name) =>
        element.Elements(Ns + "data").Where(d => keys.TryGetValue((string)d.Attribute("key")!, out var k) && k.Name == name && !IsPropertyKey((string)d.Attribute("key")!))
            .Select(d => Unescape(d, "text")).Single();

    /// <summary>Property keys have ids <c>n_0…</c>/<c>e_0…</c>; the writer's own (labels, label, type, sources) do not.</summary>
    private static bool IsPropertyKey(string id) => id.StartsWith("n_", StringComparison.Ordinal) || id.StartsWith("e_", StringComparison.Ordinal);

    /// <summary>An attribute (or the text) as written, or JSON-unescaped when <c>gb:escaped</c> names it.</summary>
    private static string Unescape(XElement element, string part)
    {
        var text = part == "text" ? element.Value : (string)element.Attribute(part)!;
        var escaped = ((string?)element.Attribute(Gb + "escaped"))?.Split(' ').Contains(part) == true;
        return escaped ? JsonSerializer.Deserialize<string>("\"" + text + "\"")! : text;
    }
}
