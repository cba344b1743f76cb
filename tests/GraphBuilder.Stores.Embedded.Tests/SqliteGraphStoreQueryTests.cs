using GraphBuilder.Queries;
using GraphBuilder.Testing;

namespace GraphBuilder.Stores.Embedded.Tests;

public sealed class SqliteGraphStoreQueryTests : IAsyncLifetime
{
    private readonly StoreFile _file = new();

    public async ValueTask InitializeAsync() => await _file.SyncAsync(Some.Graph(
        [
            Some.Node("albania", "State", ("name", "Albania"), ("aliases", new[] { "Tirana" })),
            Some.Node("iran", "State", ("name", "Iran"), ("aliases", new[] { "Islamic Republic", "Tehran" })),
            Some.Node("nato", "Organisation", ("name", "North Atlantic Treaty Organization"), ("aliases", new[] { "NATO" })),
            Some.Node("report", "Source", ("title", "Albania cuts ties")),
        ],
        [
            Some.Relationship("a-accuses-i", "ACCUSES", "albania", "iran"),
            Some.Relationship("n-accuses-i", "ACCUSES", "nato", "iran"),
            Some.Relationship("i-denies-a", "DENIES", "iran", "albania"),
            Some.Relationship("a-member-n", "MEMBER_OF", "albania", "nato"),
        ]));

    public ValueTask DisposeAsync()
    {
        _file.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<string[]> Find(RelationshipQuery query) =>
        (await _file.Store.FindRelationshipsAsync(query, TestContext.Current.CancellationToken)).Select(m => m.Relationship.Id).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Find_WithNoFilters_ReturnsEveryRelationship() =>
        Assert.Equal(["a-accuses-i", "a-member-n", "i-denies-a", "n-accuses-i"], await Find(new RelationshipQuery([])));

    [Fact]
    public async Task Find_FiltersByType() =>
        Assert.Equal(["a-accuses-i", "i-denies-a", "n-accuses-i"], await Find(new RelationshipQuery(["ACCUSES", "DENIES"])));

    [Theory]
    [InlineData("iran")]
    [InlineData("Iran")]
    [InlineData("IRAN")]
    [InlineData("tehran")]
    [InlineData("ISLAMIC REPUBLIC")]
    [InlineData("  Iran ")]
    public async Task Find_MatchesTheObject_ByIdNameOrAlias_CaseInsensitively_IgnoringSurroundingSpace(string who) =>
        Assert.Equal(["a-accuses-i", "n-accuses-i"], await Find(new RelationshipQuery(["ACCUSES"], Object: who)));

    [Theory]
    [InlineData("nato")]
    [InlineData("North Atlantic Treaty Organization")]
    [InlineData("Nato")]
    public async Task Find_MatchesTheSubject_ByIdNameOrAlias(string who) =>
        Assert.Equal(["n-accuses-i"], await Find(new RelationshipQuery([], Subject: who)));

    [Fact]
    public async Task Find_MatchesEitherEnd() =>
        Assert.Equal(["a-accuses-i", "a-member-n", "i-denies-a"], await Find(new RelationshipQuery([], Either: "tirana")));

    [Fact]
    public async Task Find_CombinesSubjectAndObject() =>
        Assert.Equal(["a-accuses-i"], await Find(new RelationshipQuery([], Subject: "Tirana", Object: "Tehran")));

    [Theory]
    [InlineData("Albani")]
    [InlineData("%")]
    [InlineData("' OR 1=1 --")]
    [InlineData("Albania cuts ties")]
    public async Task Find_MatchesNothing_ForPartialNamesWildcardsOrInjection(string who) =>
        Assert.Empty(await Find(new RelationshipQuery([], Either: who)));

    [Fact]
    public async Task Find_ReturnsBothEndNodes()
    {
        var match = Assert.Single(await _file.Store.FindRelationshipsAsync(new RelationshipQuery(["MEMBER_OF"]), TestContext.Current.CancellationToken));

        Assert.Equal(("albania", "nato"), (match.Start.Id, match.End.Id));
        Assert.Equal("North Atlantic Treaty Organization", match.End.Name);
    }
}
