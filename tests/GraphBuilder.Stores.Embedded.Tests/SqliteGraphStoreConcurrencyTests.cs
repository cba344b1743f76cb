using GraphBuilder.Export;
using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Sync;
using GraphBuilder.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Stores.Embedded.Tests;

/// <summary>Two writers on one store file: a diff computed before the other writer's commit is never applied over it.</summary>
public sealed class SqliteGraphStoreConcurrencyTests : IDisposable
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;
    private readonly StoreFile _file = new();

    public void Dispose() => _file.Dispose();

    private SqliteGraphStore OtherWriter() => new(Options.Create(new EmbeddedStoreOptions { Path = _file.Path }));

    [Fact]
    public async Task Apply_RefusesADiff_WhenAnotherWriterCommittedSinceTheSnapshot_AndWritesNothing()
    {
        await _file.SyncAsync(Some.Graph([Some.Node("a")]));
        var stale = GraphDiff.Between(await _file.Store.ReadSnapshotAsync(Token), Some.Graph([Some.Node("a"), Some.Node("b")]));

        var other = OtherWriter();
        var theirs = Some.Graph([Some.Node("c")]);
        await other.ApplyAsync(GraphDiff.Between(await other.ReadSnapshotAsync(Token), theirs), Token);
        var dump = _file.Dump();

        var refused = await Assert.ThrowsAsync<StoreChangedException>(() => _file.Store.ApplyAsync(stale, Token));
        Assert.True(refused.IsTransient);
        Assert.Contains("was changed by another writer since it was read", refused.Message, StringComparison.Ordinal);
        Assert.Equal(dump, _file.Dump());
    }

    [Fact]
    public async Task Sync_RecomputesItsDiff_WhenAnotherWriterLandsBetweenItsReadAndItsWrite()
    {
        using var seeds = TempSeeds.FromFixture("validation/base");
        var intruder = Some.Node("intruder");
        var store = new IntrudingStore(_file.Store, async () =>
        {
            var other = OtherWriter();
            var snapshot = await other.ReadSnapshotAsync(Token);
            await other.ApplyAsync(GraphDiff.Between(snapshot, Some.Graph([intruder])), Token);
        });
        var sync = new GraphSyncService(new CorpusPipeline(Some.Vocabulary), store, TimeProvider.System);

        var outcome = await sync.SyncAsync(seeds.Seeds, dryRun: false, Token);

        Assert.True(outcome.Applied);
        // The intruder's node was seen by the recomputed diff and removed: the store holds exactly the seeds.
        Assert.Equal(1, outcome.Diff!.Counts.NodesRemoved);
        Assert.Equal(JsonGraphWriter.ToJson(seeds.Compile()), JsonGraphWriter.ToJson(await _file.Store.ReadGraphAsync(Token)));
    }

    [Fact]
    public async Task TwoFirstSyncs_BothSucceed_WhenBothFoundTheNewFileEmptyBeforeEitherCreatedTheTables()
    {
        using var seeds = TempSeeds.FromFixture("validation/base");
        File.WriteAllBytes(_file.Path, []);
        Task<SyncOutcome>[] syncs;
        // A third connection holds the write lock while both syncs open the empty file and queue for that lock,
        // so both have seen "no tables" before either may create them: the interleaving that raced.
        using (var holder = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file.Path, Pooling = false }.ToString()))
        {
            holder.Open();
            using var hold = holder.BeginTransaction(deferred: false);
            syncs = [.. new[] { _file.Store, OtherWriter() }.Select(store =>
                Task.Run(() => new GraphSyncService(new CorpusPipeline(Some.Vocabulary), store, TimeProvider.System).SyncAsync(seeds.Seeds, dryRun: false, Token)))];
            await Task.Delay(TimeSpan.FromSeconds(1), Token);
            hold.Rollback();
        }

        var outcomes = await Task.WhenAll(syncs);

        Assert.Contains(outcomes, o => o.Applied);
        Assert.Equal(JsonGraphWriter.ToJson(seeds.Compile()), JsonGraphWriter.ToJson(await OtherWriter().ReadGraphAsync(Token)));
    }

    /// <summary>Runs another writer once, right after the first snapshot is read.</summary>
    private sealed class IntrudingStore(IGraphStore inner, Func<Task> intrude) : IGraphStore
    {
        private Func<Task>? _intrude = intrude;

        public string Description => inner.Description;

        public async Task<StoreSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken)
        {
            var snapshot = await inner.ReadSnapshotAsync(cancellationToken);
            if (Interlocked.Exchange(ref _intrude, null) is { } once) await once();
            return snapshot;
        }

        public Task ApplyAsync(GraphDiff diff, CancellationToken cancellationToken) => inner.ApplyAsync(diff, cancellationToken);

        public Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken) => inner.ReadGraphAsync(cancellationToken);

        public Task<SyncMarker?> ReadSyncMarkerAsync(CancellationToken cancellationToken) => inner.ReadSyncMarkerAsync(cancellationToken);

        public Task<IReadOnlyList<RelationshipMatch>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken) =>
            inner.FindRelationshipsAsync(query, cancellationToken);
    }
}
