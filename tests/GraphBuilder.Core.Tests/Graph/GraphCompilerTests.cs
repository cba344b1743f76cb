using GraphBuilder.Facts;
using GraphBuilder.Graph;
using GraphBuilder.Testing;
using GraphBuilder.Validation;

namespace GraphBuilder.Tests.Graph;

public sealed class GraphCompilerTests : IDisposable
{
    private readonly TempSeeds _seeds = TempSeeds.FromFixture("validation/base");

    public GraphCompilerTests()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: albania-accuses-iran
                type: ACCUSES
                subject: albania
                object: iran
                date: 2022-09-07
                about: the cyberattack
                note: Reported by one wire.
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
                  - source: report
                    quote: Iran’s foreign ministry called the claim “baseless”
              - id: albania-accuses-iran-other
                type: ACCUSES
                subject: albania
                object: iran
                date: 2022-09
                sources:
                  - source: other-report
                    quote: voiced support for Albania
              - id: nato-supports-albania
                type: SUPPORTS
                subject: nato
                object: albania
                from: 2016
                sources:
                  - source: other-report
                    quote: NATO condemned the attack
              - id: rama-accuses-mois
                type: ACCUSES
                subject: edi-rama
                object: iran-mois
                from: 2022-07
                to: 2022-09-07
                sources:
                  - source: report
                    quote: Prime Minister Edi Rama
            """);
    }

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public void Compile_MakesOneNodePerEntity_LabelledByItsKind()
    {
        var graph = _seeds.Compile();

        Assert.Equal(
            ["albania:State", "edi-rama:Official", "iran:State", "iran-mois:Organisation", "nato:Organisation", "other-report:Source", "report:Source"],
            graph.Nodes.Select(n => $"{n.Id}:{n.Label}"));
        var albania = graph.Nodes.Single(n => n.Id == "albania");
        Assert.Equal(["aliases", "kind", "name"], albania.Properties.Keys);
        Assert.Equal("Albania", albania.Properties["name"]);
        Assert.Equal("state", albania.Properties["kind"]);
        Assert.Equal(["Tirana"], albania.Properties.GetStrings("aliases")!);
        Assert.Equal("Prime Minister of Albania", graph.Nodes.Single(n => n.Id == "edi-rama").Properties["role"]);
    }

    [Fact]
    public void Compile_MakesSourceNodes_WithPublishedAsADate()
    {
        var report = _seeds.Compile().Nodes.Single(n => n.Id == "report");

        Assert.Equal(["document", "published", "publisher", "title"], report.Properties.Keys);
        Assert.Equal(new DateOnly(2022, 9, 10), report.Properties["published"]);
        Assert.Equal("Example Wire", report.Properties["publisher"]);
        Assert.Equal("Albania cuts ties with Iran", report.Properties["title"]);
        Assert.Equal("documents/report.txt", report.Properties["document"]);
    }

    [Fact]
    public void Compile_MakesARelationshipPerFact_WithDateAboutNoteAndCitations()
    {
        var fact = _seeds.Compile().Relationships.Single(r => r.Id == "albania-accuses-iran");

        Assert.Equal(("ACCUSES", "albania", "iran"), (fact.Type, fact.StartId, fact.EndId));
        Assert.Equal(["about", "date", "date_end", "date_start", "note"], fact.Properties.Keys);
        Assert.Equal("2022-09-07", fact.Properties["date"]);
        Assert.Equal(new DateOnly(2022, 9, 7), fact.Properties["date_start"]);
        Assert.Equal(new DateOnly(2022, 9, 7), fact.Properties["date_end"]);
        Assert.Equal("the cyberattack", fact.Properties["about"]);
        Assert.Equal("Reported by one wire.", fact.Properties["note"]);
        Assert.Equal(
        [
            new Citation("report", "Example Wire", "Albania cuts ties with Iran", new DateOnly(2022, 9, 10), "Albania accused Iran of the cyberattack"),
            new Citation("report", "Example Wire", "Albania cuts ties with Iran", new DateOnly(2022, 9, 10), "Iran’s foreign ministry called the claim “baseless”"),
        ], fact.Sources);
    }

    [Theory]
    [InlineData("albania-accuses-iran-other", "2022-09", "2022-09-01", "2022-09-30")]
    [InlineData("nato-supports-albania", "2016/..", "2016-01-01", null)]
    [InlineData("rama-accuses-mois", "2022-07/2022-09-07", "2022-07-01", "2022-09-07")]
    public void Compile_WritesDatesAndRanges_AsDocumented(string id, string date, string start, string? end)
    {
        var fact = _seeds.Compile().Relationships.Single(r => r.Id == id);

        Assert.Equal(date, fact.Properties["date"]);
        Assert.Equal(DateOnly.ParseExact(start, "yyyy-MM-dd"), fact.Properties["date_start"]);
        if (end is null) Assert.False(fact.Properties.ContainsKey("date_end"));
        else Assert.Equal(DateOnly.ParseExact(end, "yyyy-MM-dd"), fact.Properties["date_end"]);
    }

    [Fact]
    public void Compile_LeavesUndatedFacts_WithoutDateProperties()
    {
        _seeds.Write("facts/undated.yaml", """
            facts:
              - id: undated
                type: CONDEMNS
                subject: nato
                object: iran
                sources:
                  - source: other-report
                    quote: NATO condemned the attack
            """);

        var fact = _seeds.Compile().Relationships.Single(r => r.Id == "undated");

        Assert.Empty(fact.Properties);
    }

    [Fact]
    public void Compile_MakesEntityLinks_WithComposedIds_AndTheEntitySources()
    {
        var graph = _seeds.Compile();

        var links = graph.Relationships.Where(r => r.Id.Contains('/', StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["albania/MEMBER_OF/nato", "edi-rama/HOLDS_OFFICE/albania", "iran-mois/PART_OF/iran"],
            links.Select(r => r.Id));
        Assert.Equal(["MEMBER_OF", "HOLDS_OFFICE", "PART_OF"], links.Select(r => r.Type));
        var office = links.Single(r => r.Type == "HOLDS_OFFICE");
        Assert.Equal(("edi-rama", "albania"), (office.StartId, office.EndId));
        Assert.Empty(office.Properties);
        Assert.Equal("Prime Minister Edi Rama", Assert.Single(office.Sources).Quote);
    }

    [Fact]
    public void Compile_CarriesDisputes_AsAListOfFactIds()
    {
        _seeds.Write("facts/disputed.yaml", """
            facts:
              - id: nato-supports-albania-too
                type: SUPPORTS
                subject: nato
                object: albania
                from: 2013
                disputes: nato-supports-albania
                sources:
                  - source: other-report
                    quote: NATO condemned the attack
            """);

        var graph = _seeds.Compile();

        Assert.Equal(["nato-supports-albania"], graph.Relationships.Single(r => r.Id == "nato-supports-albania-too").Properties.GetStrings("disputes"));
        Assert.Null(graph.Relationships.Single(r => r.Id == "nato-supports-albania").Properties.GetStrings("disputes"));
    }

    [Fact]
    public void Compile_KeepsContradictingFacts_SideBySide()
    {
        var graph = _seeds.Compile();

        var claims = graph.Relationships.Where(r => r is { Type: "ACCUSES", StartId: "albania", EndId: "iran" }).ToList();
        Assert.Equal(["albania-accuses-iran", "albania-accuses-iran-other"], claims.Select(c => c.Id));
        Assert.Equal(["report", "other-report"], claims.Select(c => c.Sources[0].SourceId));
        Assert.NotEqual(claims[0].Hash, claims[1].Hash);
    }

    [Fact]
    public void Compile_SortsNodesAndRelationshipsById_AcrossFiles()
    {
        _seeds.Write("facts/a.yaml", """
            facts:
              - id: zz-last
                type: CONDEMNS
                subject: nato
                object: iran
                sources:
                  - source: other-report
                    quote: NATO condemned the attack
              - id: 0-first
                type: CONDEMNS
                subject: nato
                object: iran
                sources:
                  - source: other-report
                    quote: NATO condemned the attack
            """);

        var graph = _seeds.Compile();

        Assert.Equal(graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), graph.Nodes.Select(n => n.Id));
        Assert.Equal(graph.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal), graph.Relationships.Select(r => r.Id));
        Assert.Equal("0-first", graph.Relationships[0].Id);
    }

    [Fact]
    public void Compile_OrdersALargeGraph_AsAStableSortById_EvenWithRepeatedIds()
    {
        // Repeated ids only occur in a corpus validation rejects; they still keep file order, as the graph's constructor would.
        var random = new Random(5);
        var files = Enumerable.Range(0, 8).Select(f =>
        {
            var path = $"f{f}.yaml";
            var facts = Enumerable.Range(0, 5000).Select(i => new FactRecord(
                new Field($"id-{random.Next(6000):D5}", new SourcePosition(path, i + 1, 1)), new Field("ACCUSES", default), new Field("a", default),
                new Field("b", default), null, null, null, new Field($"{f}/{i}", default), null, [], default)).ToArray();
            return new SeedFile(path, [], [], facts, []);
        }).ToArray();
        var corpus = new SeedCorpus("/seeds", files, new Dictionary<string, DocumentLoad>(), []);

        var graph = new GraphCompiler(Some.Vocabulary).Compile(corpus);

        var expected = files.SelectMany(f => f.Facts).OrderBy(f => f.Id!.Value, StringComparer.Ordinal).Select(f => f.About!.Value);
        Assert.Equal(expected, graph.Relationships.Select(r => r.Properties.GetString("about")));
    }

    [Fact]
    public void Compile_GivesTheSameHashes_OnEveryRun()
    {
        var first = _seeds.Compile();
        var second = _seeds.Compile();

        Assert.Equal(first.Nodes.Select(n => n.Hash), second.Nodes.Select(n => n.Hash));
        Assert.Equal(first.Relationships.Select(r => r.Hash), second.Relationships.Select(r => r.Hash));
    }

    [Fact]
    public void Compile_ChangesOnlyTheHashes_OfWhatChanged()
    {
        var before = _seeds.Compile();
        _seeds.Write("facts/f.yaml", _seeds.Read("facts/f.yaml").Replace("about: the cyberattack", "about: the July cyberattack", StringComparison.Ordinal));
        _seeds.Write("entities.yaml", _seeds.Read("entities.yaml").Replace("name: Iran\n", "name: Islamic Republic of Iran\n", StringComparison.Ordinal));

        var after = _seeds.Compile();

        Assert.Equal(["iran"], Changed(before.Nodes.Select(n => (n.Id, n.Hash)), after.Nodes.Select(n => (n.Id, n.Hash))));
        Assert.Equal(["albania-accuses-iran"], Changed(before.Relationships.Select(r => (r.Id, r.Hash)), after.Relationships.Select(r => (r.Id, r.Hash))));
    }

    [Fact]
    public void Compile_ChangesTheRelationshipHash_WhenOnlyTheSourcePublisherChanges()
    {
        var before = _seeds.Compile();
        _seeds.Write("sources.yaml", _seeds.Read("sources.yaml").Replace("publisher: Other Wire", "publisher: Other Wire (renamed)", StringComparison.Ordinal));

        var after = _seeds.Compile();

        Assert.Equal(["albania-accuses-iran-other", "nato-supports-albania"],
            Changed(before.Relationships.Select(r => (r.Id, r.Hash)), after.Relationships.Select(r => (r.Id, r.Hash))));
    }

    private static string[] Changed(IEnumerable<(string Id, string Hash)> before, IEnumerable<(string Id, string Hash)> after)
    {
        var old = before.ToDictionary(x => x.Id, x => x.Hash);
        return after.Where(x => old[x.Id] != x.Hash).Select(x => x.Id).ToArray();
    }
}
