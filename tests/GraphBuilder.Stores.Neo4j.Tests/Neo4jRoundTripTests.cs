using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;
using GraphBuilder.Testing;

namespace GraphBuilder.Stores.Neo4j.Tests;

public sealed class Neo4jRoundTripTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadGraph_ReturnsWhatWasSynced_WithTypesAndCitationsIntact()
    {
        await using var h = await StoreHarness.StartAsync();
        var graph = new SomeGraph()
            .Node("src", "Source", extra: p => p.With("published", new DateOnly(2022, 9, 7)).With("score", 1.0).With("count", 3L).With("flag", true))
            .Node("a", "State", "Albania", ["Tirana", "Republic of Albania"])
            .Node("b", "State", "Iran", [])
            .Relationship("f", "ACCUSES", "a", "b",
                [SomeGraph.Cite("src", "quote one"), new Citation("src2", "P", "T", null, "quote two") { Reviews = [new CitationReview("polarity", "curator", "2026-12-04", "it's \"read\"\nas said")] }],
                p => p.With("date_start", new DateOnly(2022, 7, 1)).With("date", "2022-07"))
            .Build();

        await h.SyncAsync(graph);
        var read = await h.NewStore().ReadGraphAsync(Token);

        Assert.Equal(GraphBuilder.Export.JsonGraphWriter.ToJson(graph), GraphBuilder.Export.JsonGraphWriter.ToJson(read));
        Assert.Equal(graph.Nodes.Select(n => n.Hash), read.Nodes.Select(n => n.Hash));
        Assert.IsType<FloatValue>(read.Nodes.Single(n => n.Id == "src").Properties["score"]);
        Assert.IsType<DateValue>(read.Nodes.Single(n => n.Id == "src").Properties["published"]);
        Assert.Null(read.Relationships.Single().Sources[1].Published);
        Assert.Equal(graph.Relationships[0].Sources, read.Relationships.Single().Sources);
        var merge = h.Server.Requests.First(r => r.Kind == "merge-nodes" && r.RawBody.Contains("\"src\"", StringComparison.Ordinal));
        Assert.Contains("{\"$type\":\"Float\",\"_value\":\"1.0\"}", merge.RawBody, StringComparison.Ordinal);
        Assert.Contains("{\"$type\":\"Date\",\"_value\":\"2022-09-07\"}", merge.RawBody, StringComparison.Ordinal);
        Assert.Equal("application/vnd.neo4j.query", merge.ContentType);
    }

    [Theory]
    [InlineData("albania", null, null, 2)]
    [InlineData("TIRANA", null, null, 2)]
    [InlineData(null, "iran", null, 1)]
    [InlineData(null, null, "Iran", 1)]
    [InlineData(null, null, "nobody", 0)]
    [InlineData("  Albania ", null, null, 2)]
    public async Task FindRelationships_MatchesIdNameOrAlias_CaseInsensitively_IgnoringSurroundingSpace(string? subject, string? @object, string? either, int expected)
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(new SomeGraph()
            .Node("albania", "State", "Albania", ["Tirana"]).Node("iran", "State", "Iran").Node("nato", "Organisation", "NATO")
            .Relationship("f1", "ACCUSES", "albania", "iran").Relationship("m1", "MEMBER_OF", "albania", "nato")
            .Build());

        var found = await h.NewStore().FindRelationshipsAsync(new([], subject, @object, either), Token);

        Assert.Equal(expected, found.Count);
        var request = h.Server.Requests.Last();
        Assert.Equal(subject?.Trim().ToLowerInvariant(), request.Parameters["subject"]);
        Assert.Equal(either?.Trim().ToLowerInvariant(), request.Parameters["either"]);
    }

    [Fact]
    public async Task FindRelationships_FiltersByType()
    {
        await using var h = await StoreHarness.StartAsync();
        await h.SyncAsync(new SomeGraph()
            .Node("albania").Node("iran").Node("nato", "Organisation")
            .Relationship("f1", "ACCUSES", "albania", "iran").Relationship("m1", "MEMBER_OF", "albania", "nato")
            .Build());

        var found = await h.NewStore().FindRelationshipsAsync(new(["MEMBER_OF"]), Token);

        var match = Assert.Single(found);
        Assert.Equal(("m1", "albania", "nato", "Organisation"), (match.Relationship.Id, match.Start.Id, match.End.Id, match.End.Label));
    }
}
