using System.Xml.Linq;
using GraphBuilder.Export;
using GraphBuilder.Testing;
using Xunit;

namespace GraphBuilder.Tests.Export;

public sealed class GraphMlWriterTests
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public void GraphMl_ParsesAndKeepsNodeAndEdgeCounts()
    {
        var graph = new SomeGraph().Nodes(5, "State", "s").Node("nato", "Organisation", aliases: ["North Atlantic <Treaty> & \"Org\""])
            .Relationship("r1", "ACCUSES", "s-0", "s-1").Relationship("r2", "MEMBER_OF", "s-1", "nato", extra: p => p.With("date_start", new DateOnly(2004, 3, 29)))
            .Build();

        var doc = XDocument.Parse(GraphMlWriter.ToGraphMl(graph));

        Assert.Equal(6, doc.Descendants(Ns + "node").Count());
        Assert.Equal(2, doc.Descendants(Ns + "edge").Count());
        var edge = doc.Descendants(Ns + "edge").Single(e => (string?)e.Attribute("id") == "r2");
        Assert.Equal(("s-1", "nato"), ((string?)edge.Attribute("source"), (string?)edge.Attribute("target")));
        Assert.Equal("MEMBER_OF", Data(doc, edge, "type"));
        Assert.Equal("2004-03-29", Data(doc, edge, "date_start"));
        var nato = doc.Descendants(Ns + "node").Single(n => (string?)n.Attribute("id") == "nato");
        Assert.Equal(":Organisation", Data(doc, nato, "labels"));
        Assert.Equal("[\"North Atlantic <Treaty> & \\\"Org\\\"\"]", Data(doc, nato, "aliases"));
    }

    [Fact]
    public void EveryDataKey_IsDeclared_ForItsDomain()
    {
        var graph = new SomeGraph().Node("a", extra: p => p.With("score", 1.5).With("count", 2L)).Node("b")
            .Relationship("r", "ACCUSES", "a", "b", extra: p => p.With("about", "x")).Build();

        var doc = XDocument.Parse(GraphMlWriter.ToGraphMl(graph));

        var keys = doc.Root!.Elements(Ns + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        foreach (var data in doc.Descendants(Ns + "data"))
            Assert.Equal(data.Parent!.Name.LocalName, keys[(string)data.Attribute("key")!]);
        Assert.Contains(doc.Root!.Elements(Ns + "key"), k => (string?)k.Attribute("attr.name") == "score" && (string?)k.Attribute("attr.type") == "double");
        Assert.Contains(doc.Root!.Elements(Ns + "key"), k => (string?)k.Attribute("attr.name") == "sources" && (string?)k.Attribute("for") == "edge");
    }

    [Fact]
    public void GraphMl_CarriesLabels_ThatGephiAndYEdShow()
    {
        var graph = new SomeGraph().Node("albania", name: "Albania").Node("iran", name: "Iran")
            .Relationship("r", "ACCUSES", "albania", "iran").Build();

        var doc = XDocument.Parse(GraphMlWriter.ToGraphMl(graph));

        // Gephi takes an attribute named "label" as the label; yEd shows only its own label graphics.
        var albania = doc.Descendants(Ns + "node").Single(n => (string?)n.Attribute("id") == "albania");
        var edge = doc.Descendants(Ns + "edge").Single();
        Assert.Equal("Albania", Data(doc, albania, "label"));
        Assert.Equal("ACCUSES", Data(doc, edge, "label"));
        XNamespace y = "http://www.yworks.com/xml/graphml";
        Assert.Contains(doc.Root!.Elements(Ns + "key"), k => (string?)k.Attribute("for") == "node" && (string?)k.Attribute("yfiles.type") == "nodegraphics");
        Assert.Contains(doc.Root!.Elements(Ns + "key"), k => (string?)k.Attribute("for") == "edge" && (string?)k.Attribute("yfiles.type") == "edgegraphics");
        Assert.Equal("Albania", albania.Descendants(y + "NodeLabel").Single().Value);
        Assert.Equal("ACCUSES", edge.Descendants(y + "EdgeLabel").Single().Value);
    }

    [Fact]
    public void GraphMl_KeepsCarriageReturns_AndEscapesControlCharacters_XmlCannotHold()
    {
        var graph = new SomeGraph().Node("a", name: "bel\u0007 \\ \"q\"", extra: p => p.With("note", "cr\rcrlf\r\nlf\n"))
            .Node("id\u0001", name: "plain").Relationship("r", "ACCUSES", "a", "id\u0001").Build();

        var xml = GraphMlWriter.ToGraphMl(graph);
        var doc = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);

        XNamespace gb = GraphMlWriter.EscapeNs;
        var a = doc.Descendants(Ns + "node").Single(n => (string?)n.Attribute("id") == "a");
        Assert.Equal("cr\rcrlf\r\nlf\n", Data(doc, a, "note"));
        var name = a.Elements(Ns + "data").Single(d => d.Value.StartsWith("bel", StringComparison.Ordinal) && (string?)d.Attribute("key") != "node_label");
        Assert.Equal("text", (string?)name.Attribute(gb + "escaped"));
        Assert.Equal(@"bel\u0007 \\ \""q\""", name.Value);
        Assert.Null(doc.Descendants(Ns + "data").Single(d => d.Value.StartsWith("cr", StringComparison.Ordinal)).Attribute(gb + "escaped"));
        var other = doc.Descendants(Ns + "node").Single(n => (string?)n.Attribute(gb + "escaped") == "id");
        Assert.Equal(@"id\u0001", (string?)other.Attribute("id"));
        Assert.Equal("target", (string?)doc.Descendants(Ns + "edge").Single().Attribute(gb + "escaped"));
    }

    private static string? Data(XDocument doc, XElement element, string attribute)
    {
        var key = doc.Root!.Elements(Ns + "key").Single(k => (string?)k.Attribute("attr.name") == attribute && (string?)k.Attribute("for") == element.Name.LocalName);
        return element.Elements(Ns + "data").SingleOrDefault(d => (string?)d.Attribute("key") == (string?)key.Attribute("id"))?.Value;
    }
}
