using System.Text.Json;
using GraphBuilder.Export;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Export;

public sealed class JsonGraphWriterTests
{
    [Fact]
    public void ToJson_WritesTheDocumentedShape_InIdOrder()
    {
        var graph = Some.Graph(
            [Some.Node("iran", "State", ("aliases", new[] { "Tehran" })), Some.Node("albania", "State", ("founded", 1912L), ("score", 0.5), ("member", true))],
            [Some.Relationship("r1", "ACCUSES", "albania", "iran", null, ("date", "2022-09-07"), ("date_start", new DateOnly(2022, 9, 7)))]);

        using var json = JsonDocument.Parse(JsonGraphWriter.ToJson(graph));

        var root = json.RootElement;
        Assert.Equal(["nodes", "relationships"], root.EnumerateObject().Select(p => p.Name));
        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["albania", "iran"], nodes.Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(["id", "labels", "properties"], nodes[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("State", nodes[0].GetProperty("labels")[0].GetString());
        var albania = nodes[0].GetProperty("properties");
        Assert.Equal(1912, albania.GetProperty("founded").GetInt64());
        Assert.Equal(0.5, albania.GetProperty("score").GetDouble());
        Assert.True(albania.GetProperty("member").GetBoolean());
        Assert.Equal("Tehran", nodes[1].GetProperty("properties").GetProperty("aliases")[0].GetString());

        var rel = Assert.Single(root.GetProperty("relationships").EnumerateArray().ToList());
        Assert.Equal(["id", "type", "start", "end", "properties"], rel.EnumerateObject().Select(p => p.Name));
        var properties = rel.GetProperty("properties");
        Assert.Equal("2022-09-07", properties.GetProperty("date_start").GetString());
        var source = Assert.Single(properties.GetProperty("sources").EnumerateArray().ToList());
        Assert.Equal(["source", "publisher", "title", "published", "quote"], source.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2022-09-10", source.GetProperty("published").GetString());
    }

    [Fact]
    public void ToJson_KeepsQuotesAndNonAsciiText_Readable()
    {
        var graph = Some.Graph([Some.Node("x", "State", ("name", "Stéphane \"Dujarric\" <b>"))]);

        var text = JsonGraphWriter.ToJson(graph, indented: false);

        Assert.Contains("\"name\":\"Stéphane \\\"Dujarric\\\" <b>\"", text, StringComparison.Ordinal);
    }
}
