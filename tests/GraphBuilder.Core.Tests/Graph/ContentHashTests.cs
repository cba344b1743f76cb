using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Graph;

public sealed class ContentHashTests
{
    [Fact]
    public void OfNode_IsPinned_SoStoresWrittenByEarlierBuildsStayInSync()
    {
        // A changed hash scheme would rewrite every element of every existing store on the next sync.
        var properties = new PropertyMap().Set("name", "Albania").Set("kind", "state").Set("aliases", new[] { "Tirana" });

        Assert.Equal("9670e41cb82f8f49a915bc1be3bd9629", ContentHash.OfNode("State", properties));
    }

    [Fact]
    public void OfRelationship_IsPinned()
    {
        var properties = new PropertyMap().Set("date", "2022-09-07").Set("date_start", new DateOnly(2022, 9, 7));
        Citation[] sources = [new("report", "Example Wire", "A report", new DateOnly(2022, 9, 10), "Albania accused Iran")];

        Assert.Equal("3cc1ab743e9c0d38687e0691b6941265", ContentHash.OfRelationship("ACCUSES", "albania", "iran", properties, sources));
    }

    [Fact]
    public void OfNode_DistinguishesValueTypes_AndFieldBoundaries()
    {
        string Hash(params (string, object)[] pairs)
        {
            var map = new PropertyMap();
            foreach (var (k, v) in pairs) map.Set(k, v);
            return ContentHash.OfNode("State", map);
        }

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

        var hashes = variants.Select(c => ContentHash.OfRelationship("ACCUSES", "a", "b", new PropertyMap(), [c])).ToList();

        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }
}
