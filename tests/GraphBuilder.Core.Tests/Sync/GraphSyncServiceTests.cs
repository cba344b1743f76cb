using GraphBuilder.Graph;
using GraphBuilder.Sync;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Sync;

public sealed class GraphSyncServiceTests : IDisposable
{
    private readonly TempSeeds _seeds = TempSeeds.FromFixture("validation/base");
    private readonly CollectingStore _store = new();
    private readonly GraphSyncService _sync;

    public GraphSyncServiceTests() => _sync = new GraphSyncService(new CorpusPipeline(Some.Vocabulary), _store, TimeProvider.System);

    public void Dispose() => _seeds.Dispose();

    private Task<SyncOutcome> Sync(bool dryRun = false) => _sync.SyncAsync(_seeds.Seeds, dryRun, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Sync_WritesTheCompiledGraph_ThenNothing_WhenUnchanged()
    {
        var first = await Sync();
        var second = await Sync();

        Assert.True(first.Applied);
        Assert.Equal(new DiffCounts(7, 0, 0, 3, 0, 0), first.Diff!.Counts);
        Assert.Equal((7, 3), (first.NodeCount, first.RelationshipCount));
        Assert.False(second.Applied);
        Assert.True(second.Diff!.IsEmpty);
        Assert.Single(_store.Applied);
    }

    [Fact]
    public async Task Sync_RemovesFactsAndEntities_DeletedFromSeeds()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);
        await Sync();
        _seeds.Delete("facts/f.yaml");
        _seeds.Write("entities.yaml", _seeds.Read("entities.yaml").Replace("    part_of: iran\n", "", StringComparison.Ordinal));

        var outcome = await Sync();

        Assert.Equal(["f1", "iran-mois/PART_OF/iran"], outcome.Diff!.RemovedRelationships.Select(r => r.Id));
        Assert.DoesNotContain(_store.Graph.Relationships, r => r.Id is "f1" or "iran-mois/PART_OF/iran");
    }

    [Fact]
    public async Task Sync_WritesNothing_WhenSeedsAreInvalid()
    {
        await Sync();
        _seeds.Write("facts/bad.yaml", "facts:\n  - id: x\n");

        var outcome = await Sync();

        Assert.False(outcome.IsValid);
        Assert.Null(outcome.Diff);
        Assert.False(outcome.Applied);
        Assert.Single(_store.Applied);
    }

    [Fact]
    public async Task Sync_DryRun_ComputesTheDiff_WithoutWriting()
    {
        var outcome = await Sync(dryRun: true);

        Assert.False(outcome.Applied);
        Assert.Equal(7, outcome.Diff!.AddedNodes.Count);
        Assert.Empty(_store.Applied);
    }
}
