using System.Text.RegularExpressions;
using GraphBuilder.Graph.Values;
using GraphBuilder.Testing;

namespace GraphBuilder.Stores.Neo4j.Tests.Export;

public sealed class CypherScriptWriterTests
{
    private const string Hostile = "O'Brien \"quoted\" \\ back`tick\nnew line // }) DETACH DELETE n";

    [Fact]
    public void Script_StartsWithConstraintsForEveryLabelAndType()
    {
        var vocabulary = SomeVocabulary.FromRepository();
        var script = new CypherScriptWriter(vocabulary).ToScript(new SomeGraph().Node("a").Build());

        var constraints = script.Split('\n').Where(l => l.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)).ToArray();
        // One per label and type, and the sync marker's key.
        Assert.Equal(vocabulary.NodeLabels.Count + vocabulary.RelationshipTypes.Count + 1, constraints.Length);
        Assert.True(script.IndexOf("CREATE CONSTRAINT", StringComparison.Ordinal) < script.IndexOf("MERGE", StringComparison.Ordinal));
    }

    [Fact]
    public void HostileStrings_StayOneEscapedLiteral()
    {
        var graph = new SomeGraph().Node(Hostile, "State", Hostile, [Hostile]).Node("b")
            .Relationship("r", "ACCUSES", Hostile, "b", [SomeGraph.Cite(quote: Hostile)]).Build();

        var script = new CypherScriptWriter(SomeVocabulary.FromRepository()).ToScript(graph);

        var escaped = CypherLiteral.String(Hostile);
        Assert.Equal(@"'O\'Brien \""quoted\"" \\ back`tick\nnew line // }) DETACH DELETE n'", escaped);
        Assert.DoesNotContain(Hostile, script, StringComparison.Ordinal);
        Assert.Contains(escaped, script, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Matches(script, Regex.Escape(escaped)).Count); // node id, name, alias; rel start, quote; no other copies
        Assert.DoesNotContain("$", script, StringComparison.Ordinal);
        Assert.All(script.Split('\n').Where(l => l.Length > 0), line => Assert.True(
            line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("CREATE", StringComparison.Ordinal)
            || line.StartsWith("UNWIND", StringComparison.Ordinal) || line.StartsWith("  {", StringComparison.Ordinal), line));
    }

    [Fact]
    public void Literals_TypeDatesFloatsAndLists()
    {
        Assert.Equal("date('2022-09-07')", CypherLiteral.Of(new DateValue(new DateOnly(2022, 9, 7))));
        Assert.Equal("1.0", CypherLiteral.Of(new FloatValue(1.0)));
        Assert.Equal("42", CypherLiteral.Of(new IntegerValue(42)));
        Assert.Equal("['a', 'b\\'c']", CypherLiteral.Of(new StringListValue(["a", "b'c"])));
        Assert.Equal("'\\u0001'", CypherLiteral.Of(new StringValue("\u0001")));
    }

    [Fact]
    public void Nodes_AreBatchedPerLabel()
    {
        var script = new CypherScriptWriter(SomeVocabulary.FromRepository(), batchSize: 1000)
            .ToScript(new SomeGraph().Nodes(2500, "State", "s").Nodes(10, "Official", "o").Build());

        Assert.Equal(3, Regex.Matches(script, @"MERGE \(n:`State`").Count);
        Assert.Single(Regex.Matches(script, @"MERGE \(n:`Official`"));
    }

    [Fact]
    public void UnknownLabel_IsRefused()
    {
        var graph = new SomeGraph().Node("a", "Evil`) DETACH DELETE n //").Build();
        Assert.Throws<StoreException>(() => new CypherScriptWriter(SomeVocabulary.FromRepository()).ToScript(graph));
    }

    [Fact]
    public void Script_RendersTheStoresOwnStatementsAndRows()
    {
        var vocabulary = SomeVocabulary.FromRepository();
        var graph = new SomeGraph().Node("a").Node("b").Relationship("r", "ACCUSES", "a", "b").Build();
        var statements = new CypherStatements(vocabulary);

        var script = new CypherScriptWriter(vocabulary).ToScript(graph);

        foreach (var constraint in statements.Constraints()) Assert.Contains(constraint + ";", script, StringComparison.Ordinal);
        var nodes = "[" + string.Join(",\n  ", graph.Nodes.Select(n => CypherLiteral.Of(Neo4jElementMapper.NodeRow(n)))) + "]";
        Assert.Contains(statements.MergeNodes("State", nodes) + ";", script, StringComparison.Ordinal);
        var relationship = CypherLiteral.Of(Neo4jElementMapper.RelationshipRow(graph.Relationships[0]));
        Assert.Contains(statements.MergeRelationships("ACCUSES", "State", "State", "[" + relationship + "]") + ";", script, StringComparison.Ordinal);
    }

    [Fact]
    public void ReservedPropertyName_IsRefused_AsTheStoreRefusesIt()
    {
        var graph = new SomeGraph().Node("a", extra: p => p.With("gb_hash", "forged")).Build();

        Assert.Throws<StoreException>(() => new CypherScriptWriter(SomeVocabulary.FromRepository()).ToScript(graph));
    }
}
