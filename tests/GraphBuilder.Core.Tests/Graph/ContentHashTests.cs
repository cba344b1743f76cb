using GraphBuilder.Graph;
using GraphBuilder.Graph.Values;

namespace GraphBuilder.Tests.Graph;

public sealed class ContentHashTests
{
    [Fact]
    public void OfNode_IsPinned_SoStoresWrittenByEarlierBuildsStayInSync()
    {
        // A changed hash scheme would rewrite every element of every existing store on the next sync.
        var properties = PropertyMap.Of(("name", "Albania"), ("kind", "state"), ("aliases", new[] { "Tirana" }));

        Assert.Equal("9670e41cb82f8f49a915bc1be3bd9629", ContentHash.OfNode("State", properties));
    }

    [Fact]
    public void OfRelationship_IsPinned()
    {
        var properties = PropertyMap.Of(("date", "2022-09-07"), ("date_start", new DateOnly(2022, 9, 7)));
        Citation[] sources = [new("report", "Example Wire", "A report", new DateOnly(2022, 9, 10), "Albania accused Iran")];

        Assert.Equal("3cc1ab743e9c0d38687e0691b6941265", ContentHash.OfRelationship("ACCUSES", "albania", "iran", properties, sources));
    }

    [Fact]
    public void OfNode_DistinguishesValueTypes_AndFieldBoundaries()
    {
        string Hash(params (string, PropertyValue?)[] pairs) => ContentHash.OfNode("State", PropertyMap.Of(pairs));

        string[] hashes =
        [
            Hash(("a", "1")), Hash(("a", 1L)), Hash(("a", 1.0)), Hash(("a", true)), Hash(("a", new[] { "1" })),
            Hash(("a", "bc")), Hash(("ab", "c")), Hash(("a", new[] { "b", "c" })), Hash(("a", new[] { "bc" })),
            Hash(("a", new DateOnly(2022, 9, 7))), Hash(("a", "2022-09-07")),
        ];

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    [Fact]
    public void OfRelationship_ChangesWithEachCitationField()
    {
        var baseline = new Citation("s", "p", "t", new DateOnly(2022, 9, 10), "q");
        Citation[] variants =
        [
            baseline, baseline with { SourceId = "s2" }, baseline with { Publisher = "p2" }, baseline with { Title = "t2" },
            baseline with { Published = null }, baseline with { Quote = "q2" },
        ];

        var hashes = variants.Select(c => ContentHash.OfRelationship("ACCUSES", "a", "b", PropertyMap.Empty, [c])).ToList();

        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    [Theory]
    [InlineData(1, 1, 1, "c57ba032e2a1c2074af128d92726de6f", "bf59de3030e34a0cd12b1368439915ff")]
    [InlineData(999, 12, 31, "e5e14446ac5624c1d64bb3c5145dfee3", "eefcc3aeed63a7e9d9680eac0e1b2695")]
    [InlineData(9999, 12, 31, "9584aaa0605fe9af73c69c9404cdd3b1", "5964e9d612333679e4c0cacb74ba0207")]
    [InlineData(2024, 2, 29, "e9dcfb9edfbb719eb92f91f28fc6a214", "c465c3e4b6e9cda7448862b84c661ca6")]
    public void Hashes_ArePinned_ForEveryValueType_AndDatesAcrossTheYearRange(int year, int month, int day, string node, string relationship)
    {
        // Pinned from the hashing before it wrote dates and numbers without format strings.
        var date = new DateOnly(year, month, day);
        var properties = PropertyMap.Of(("date_start", date), ("n", 42), ("x", 1.5), ("b", false), ("l", new[] { "a", "bé" }));
        Citation[] sources = [new("s", "P", "T", date, "q"), new("s2", "P", "T", null, "q2")];

        Assert.Equal(node, ContentHash.OfNode("State", properties));
        Assert.Equal(relationship, ContentHash.OfRelationship("ACCUSES", "a", "b", properties, sources));
    }
}
