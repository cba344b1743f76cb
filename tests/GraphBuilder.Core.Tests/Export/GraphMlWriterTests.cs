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

    private static string? Data(XDocument doc, XElement element, string attribute)
    {
        var key = doc.Root!.Elements(Ns + "key").Single(k => (string?)k.Attribute("attr.name") == attribute && (string?)k.Attribute("for") == element.Name.LocalName);
        return element.Elements(Ns + "data").SingleOrDefault(d => (string?)d.Attribute("key") == (string?)key.Attribute("id"))?.Value;
    }
}
