using GraphBuilder.Queries;
using GraphBuilder.Schema;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Queries;

public sealed class CannedQueryTests : IDisposable
{
    private readonly TempSeeds _work = TempSeeds.Empty();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void LoadFromFolder_ReadsTheShippedQueries()
    {
        var queries = CannedQueryLoader.LoadFromFolder(RepoPaths.Schema, Some.Vocabulary);

        Assert.Equal(["who-accused-whom", "accusations-against", "sanctions", "hosting", "denials", "claims"], queries.Select(q => q.Name));
        Assert.Equal(EntityRequirement.Object, queries.Single(q => q.Name == "accusations-against").Requires);
        Assert.Empty(queries.Single(q => q.Name == "claims").Types);
    }

    [Fact]
    public void LoadFromFolder_ReportsUnknownTypes_AndBadRequirements()
    {
        var schema = _work.CopyShippedSchema();
        File.WriteAllText(Path.Combine(schema, "queries.yaml"), """
            queries:
              praise:
                types: [PRAISES, ACUSES]
                requires: somebody
            """);
        var path = Path.Combine(schema, "queries.yaml");

        var error = Assert.Throws<SchemaLoadException>(() => CannedQueryLoader.LoadFromFolder(schema, Some.Vocabulary));

        Assert.Equal(
        [
            $"{path}:3:13: unknown relationship type 'PRAISES'",
            $"{path}:3:22: unknown relationship type 'ACUSES' (did you mean 'ACCUSES'?)",
            $"{path}:4:15: requires must be one of subject, object, either; found 'somebody'",
        ], error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ToQuery_NeedsTheRequiredEntity()
    {
        var query = new CannedQuery("accusations-against", "", ["ACCUSES"], EntityRequirement.Object);

        var error = Assert.Throws<ArgumentException>(() => query.ToQuery("albania", null));

        Assert.Equal("query 'accusations-against' needs --object", error.Message);
        var built = query.ToQuery(null, "Iran");
        Assert.Equal(["ACCUSES"], built.Types);
        Assert.Equal((null, "Iran", null), (built.Subject, built.Object, built.Either));
    }

    [Fact]
    public void ToQuery_TrimsTheEntity_AndTreatsABlankOneAsMissing()
    {
        var query = new CannedQuery("accusations-against", "", ["ACCUSES"], EntityRequirement.Object);

        Assert.Equal("Iran", query.ToQuery(null, "  Iran\t").Object);
        var error = Assert.Throws<ArgumentException>(() => query.ToQuery(null, "   "));
        Assert.Equal("query 'accusations-against' needs --object", error.Message);
    }

    [Fact]
    public void RelationshipQuery_TrimsEveryEntityFilter_AndDropsBlankOnes()
    {
        var query = new RelationshipQuery([], " albania ", "\tIran", "  ");

        Assert.Equal(("albania", "Iran", null), (query.Subject, query.Object, query.Either));
    }

    [Fact]
    public void ToQuery_UsesEither_ForOneEntityOfAnEitherQuery()
    {
        var query = new CannedQuery("claims", "", [], EntityRequirement.Either);

        Assert.Equal("Kanaani", query.ToQuery("Kanaani", null).Either);
        Assert.Equal("Kanaani", query.ToQuery(null, "Kanaani").Either);
        var both = query.ToQuery("a", "b");
        Assert.Equal(("a", "b", null), (both.Subject, both.Object, both.Either));
        Assert.Throws<ArgumentException>(() => query.ToQuery(null, null));
    }
}
