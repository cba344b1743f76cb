using GraphBuilder.Queries;
using GraphBuilder.Testing;

namespace GraphBuilder.Stores.Embedded.Tests;

/// <summary>The canned queries of schema/queries.yaml answer the questions the three reports (a frozen copy of the seeds) were curated for.</summary>
public sealed class ShippedSeedsQueryTests : IAsyncLifetime
{
    private readonly TempSeeds _seeds = TempSeeds.FromReports();
    private readonly StoreFile _file;
    private readonly IReadOnlyList<CannedQuery> _queries = CannedQueryLoader.LoadFromFolder(RepoPaths.Schema, Some.Vocabulary);

    public ShippedSeedsQueryTests() => _file = new StoreFile(_seeds);

    public async ValueTask InitializeAsync()
    {
        var outcome = await _file.SyncService().SyncAsync(_seeds.Seeds, dryRun: false, TestContext.Current.CancellationToken);
        Assert.True(outcome.IsValid);
    }

    public ValueTask DisposeAsync()
    {
        _file.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<IReadOnlyList<RelationshipMatch>> Run(string name, string? subject = null, string? @object = null) =>
        await _file.Store.FindRelationshipsAsync(_queries.Single(q => q.Name == name).ToQuery(subject, @object), TestContext.Current.CancellationToken);

    [Fact]
    public async Task AccusationsAgainstIran_IncludeAlbanias()
    {
        var matches = await Run("accusations-against", @object: "Iran");

        Assert.Contains(matches, m => m.Relationship.Id == "albania-accuses-iran-cyberattack" && m.Start.Name == "Albania");
        Assert.All(matches, m => Assert.Equal(("ACCUSES", "iran"), (m.Relationship.Type, m.End.Id)));
        Assert.Equal(7, matches.Count);
    }

    [Fact]
    public async Task Hosting_ReturnsBothMkoClaims_WithDifferentSources()
    {
        var matches = (await Run("hosting")).Where(m => m.Start.Id == "albania" && m.End.Id == "mko").OrderBy(m => m.Relationship.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(["albania-hosts-mko-agreed-2013", "albania-hosts-mko-since-2016"], matches.Select(m => m.Relationship.Id));
        Assert.Equal([null, "2016/.."], matches.Select(m => m.Relationship.Properties.GetString("date")));
        Assert.Equal(["rferl-2022-09-10"], matches[0].Relationship.Sources.Select(s => s.SourceId).Distinct());
        Assert.Equal(["iran-daily-2022-09-09", "abna-presstv-2022-09-10"], matches[1].Relationship.Sources.Select(s => s.SourceId).Distinct());
    }

    [Fact]
    public async Task ClaimsForKanaani_ResolveByAlias()
    {
        var matches = await Run("claims", subject: "Kanaani");

        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.True(m.Start.Id == "nasser-kanaani" || m.End.Id == "nasser-kanaani", m.Relationship.Id));
        Assert.Contains(matches, m => m.Relationship.Id == "nasser-kanaani/HOLDS_OFFICE/iran-foreign-ministry");
        Assert.Equal(matches.Count, (await Run("claims", @object: "kanaani")).Count);
    }
}
