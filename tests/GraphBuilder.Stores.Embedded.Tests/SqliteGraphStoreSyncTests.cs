using GraphBuilder.Export;
using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Testing;

namespace GraphBuilder.Stores.Embedded.Tests;

public sealed class SqliteGraphStoreSyncTests : IDisposable
{
    private readonly TempSeeds _seeds = TempSeeds.FromFixture("validation/base");
    private readonly StoreFile _file;

    public SqliteGraphStoreSyncTests() => _file = new StoreFile(_seeds);

    public void Dispose() => _file.Dispose();

    private Task<Sync.SyncOutcome> Sync() => _file.SyncService().SyncAsync(_seeds.Seeds, dryRun: false, TestContext.Current.CancellationToken);

    private async Task<string> StoredJson() => JsonGraphWriter.ToJson(await _file.Store.ReadGraphAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task Sync_CreatesTheFile_AndStoresTheCompiledGraph()
    {
        Assert.False(File.Exists(_file.Path));

        var outcome = await Sync();

        Assert.True(outcome.Applied);
        Assert.Equal(new DiffCounts(7, 0, 0, 3, 0, 0), outcome.Diff!.Counts);
        Assert.Equal(JsonGraphWriter.ToJson(_seeds.Compile()), await StoredJson());
        Assert.Equal(1, _file.Generation);
    }

    [Fact]
    public async Task Sync_WritesNothing_WhenSeedsAreUnchanged()
    {
        await Sync();
        var bytes = await File.ReadAllBytesAsync(_file.Path, TestContext.Current.CancellationToken);

        var outcome = await Sync();

        Assert.False(outcome.Applied);
        Assert.True(outcome.Diff!.IsEmpty);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_file.Path, TestContext.Current.CancellationToken));
        Assert.Equal(1, _file.Generation);
    }

    [Fact]
    public async Task Sync_AppliesAddedChangedAndRemovedFacts()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                about: first wording
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
              - id: f2
                type: CONDEMNS
                subject: nato
                object: iran
                sources:
                  - source: other-report
                    quote: NATO condemned the attack
            """);
        await Sync();
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                about: second wording
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
              - id: f3
                type: SUPPORTS
                subject: nato
                object: albania
                sources:
                  - source: other-report
                    quote: voiced support for Albania
            """);

        var outcome = await Sync();

        Assert.Equal(new DiffCounts(0, 0, 0, 1, 1, 1), outcome.Diff!.Counts);
        Assert.Equal(JsonGraphWriter.ToJson(_seeds.Compile()), await StoredJson());
        Assert.Equal(2, _file.Generation);
    }

    [Fact]
    public async Task Sync_RemovesDeletedEntities_LeavingNoGhostNodesOrNames()
    {
        _seeds.Write("more.yaml", """
            entities:
              - id: serbia
                kind: state
                name: Serbia
                aliases: [Belgrade]
            facts:
              - id: serbia-supports-albania
                type: SUPPORTS
                subject: serbia
                object: albania
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);
        await Sync();
        _seeds.Delete("more.yaml");

        var outcome = await Sync();

        Assert.Equal([new RemovedElement("serbia", "State")], outcome.Diff!.RemovedNodes);
        Assert.Empty(_file.Query("SELECT * FROM nodes WHERE id = 'serbia'"));
        Assert.Empty(_file.Query("SELECT * FROM node_names WHERE node_id = 'serbia'"));
        Assert.Empty(_file.Query("SELECT * FROM relationships WHERE start_id = 'serbia' OR end_id = 'serbia'"));
        Assert.Empty(await _file.Store.FindRelationshipsAsync(new RelationshipQuery([], Either: "Belgrade"), TestContext.Current.CancellationToken));
        Assert.Equal(JsonGraphWriter.ToJson(_seeds.Compile()), await StoredJson());
    }

    [Fact]
    public async Task Sync_RenamedAlias_IsFoundByItsNewName_AndNotItsOld()
    {
        await Sync();
        _seeds.Write("entities.yaml", _seeds.Read("entities.yaml").Replace("aliases: [Tirana]", "aliases: [Republic of Albania]", StringComparison.Ordinal));
        await Sync();

        var ct = TestContext.Current.CancellationToken;
        Assert.Empty(await _file.Store.FindRelationshipsAsync(new RelationshipQuery([], Subject: "Tirana"), ct));
        Assert.Single(await _file.Store.FindRelationshipsAsync(new RelationshipQuery([], Subject: "republic of albania"), ct));
    }

    [Fact]
    public async Task Sync_KindChange_RelabelsTheNode_AndKeepsItsRelationships()
    {
        await Sync();
        _seeds.Write("entities.yaml", _seeds.Read("entities.yaml").Replace("  - id: iran-mois\n    kind: organisation", "  - id: iran-mois\n    kind: official", StringComparison.Ordinal)
            .Replace("    part_of: iran\n", "    holds_office: iran\n", StringComparison.Ordinal));

        var outcome = await Sync();

        Assert.Equal(["iran-mois"], outcome.Diff!.AddedNodes.Select(n => n.Id));
        Assert.Equal("Official", _file.Query("SELECT label FROM nodes WHERE id = 'iran-mois'").Single()[0]);
        Assert.Equal(JsonGraphWriter.ToJson(_seeds.Compile()), await StoredJson());
    }

    [Fact]
    public async Task Sync_WithInvalidSeeds_LeavesTheStoreByteForByteUnchanged()
    {
        await Sync();
        var bytes = await File.ReadAllBytesAsync(_file.Path, TestContext.Current.CancellationToken);
        _seeds.Write("facts/bad.yaml", "facts:\n  - id: albania\n");

        var outcome = await Sync();

        Assert.False(outcome.IsValid);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_file.Path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DryRun_DoesNotCreateTheFile()
    {
        var outcome = await _file.SyncService().SyncAsync(_seeds.Seeds, dryRun: true, TestContext.Current.CancellationToken);

        Assert.Equal(7, outcome.Diff!.AddedNodes.Count);
        Assert.False(File.Exists(_file.Path));
    }
}
