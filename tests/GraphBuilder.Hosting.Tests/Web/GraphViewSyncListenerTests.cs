using GraphBuilder.Hosting.Web;
using GraphBuilder.Hosting.Worker;
using GraphBuilder.Stores;
using GraphBuilder.Sync;
using GraphBuilder.Validation;
using GraphBuilder.Web;
using Microsoft.Extensions.Time.Testing;

namespace GraphBuilder.Hosting.Tests.Web;

public sealed class GraphViewSyncListenerTests
{
    private readonly GraphChangeBroadcaster _broadcaster = new();
    private readonly CollectingStore _store = new();
    private readonly GraphViewStatus _status = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task InvalidSeeds_SetTheViewStatusToInvalid_WithEachErrorsPosition_AndPublishNoGraphChange()
    {
        var listener = new GraphViewSyncListener(_broadcaster, _status, _store);
        Diagnostic[] problems = [new(new SourcePosition("facts/a.yaml", 3, 7), "unknown entity 'irann'", "did you mean 'iran'?")];

        await listener.OnSyncFinishedAsync(Checked(SyncResult.Invalid, Outcome(problems, applied: false)), TestContext.Current.CancellationToken);

        Assert.Equal("invalid", _status.Current.State);
        Assert.Equal([new ViewStatusError("facts/a.yaml", 3, 7, "unknown entity 'irann' (did you mean 'iran'?)")], _status.Current.Errors);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero), _status.Current.At);
        Assert.Equal(0, _broadcaster.Version);
    }

    [Fact]
    public async Task AValidSync_ClearsTheStatus_AndAStoreFailure_MarksTheStoreBehind()
    {
        var listener = new GraphViewSyncListener(_broadcaster, _status, _store);
        var ct = TestContext.Current.CancellationToken;

        await listener.OnSyncFinishedAsync(StoreFailed(SyncResult.Unavailable, "connection refused"), ct);
        Assert.Equal(("behind", "connection refused"), (_status.Current.State, _status.Current.Message));

        await listener.OnSyncFinishedAsync(Checked(SyncResult.Synced, Outcome([], applied: true)), ct);
        Assert.Equal("ok", _status.Current.State);
        Assert.Empty(_status.Current.Errors);
        Assert.Equal(1, _broadcaster.Version);
    }

    [Fact]
    public async Task AStoreFailure_WhileTheStoreHoldsAPartialSync_MarksTheStorePartial()
    {
        var listener = new GraphViewSyncListener(_broadcaster, _status, _store);
        _store.Marker = new SyncMarker("hash-of-the-graph-being-written", Complete: false, DateTimeOffset.UnixEpoch);

        await listener.OnSyncFinishedAsync(StoreFailed(SyncResult.Failed, "Neo.TransientError.Transaction.DeadlockDetected"), TestContext.Current.CancellationToken);

        Assert.Equal(("partial", "Neo.TransientError.Transaction.DeadlockDetected"), (_status.Current.State, _status.Current.Message));
    }

    [Fact]
    public async Task AFailureOfTheSyncItself_NotOfTheStore_LeavesTheStatusAndTheGraphAsTheyWere()
    {
        var listener = new GraphViewSyncListener(_broadcaster, _status, _store);
        var ct = TestContext.Current.CancellationToken;
        await listener.OnSyncFinishedAsync(Checked(SyncResult.Synced, Outcome([], applied: true)), ct);

        await listener.OnSyncFinishedAsync(new SyncReport(SyncTrigger.Change, SyncResult.Failed, DateTimeOffset.UnixEpoch, TimeSpan.Zero, null, "unexpected error"), ct);

        Assert.Equal(("ok", 1), (_status.Current.State, _broadcaster.Version));
    }

    [Fact]
    public async Task AfterAStoreFailure_OrAnotherWritersChange_TheNextSyncTellsPagesToReload_ThenDiffsAreSentAgain()
    {
        var listener = new GraphViewSyncListener(_broadcaster, _status, _store);
        var ct = TestContext.Current.CancellationToken;
        var diff = GraphBuilder.Graph.GraphDiff.Between(GraphBuilder.Graph.StoreSnapshot.Empty, new GraphBuilder.Graph.GraphData([], []));
        var applied = Outcome([], applied: true) with { Diff = diff };

        await listener.OnSyncFinishedAsync(StoreFailed(SyncResult.Unavailable, "connection refused"), ct);
        await listener.OnSyncFinishedAsync(Checked(SyncResult.Synced, applied), ct);
        Assert.Contains("without its details", _broadcaster.ReadChangesSince(_broadcaster.Epoch, 0).ReloadBecause);

        await listener.OnSyncFinishedAsync(Checked(SyncResult.Synced, applied), ct);
        Assert.Null(_broadcaster.ReadChangesSince(_broadcaster.Epoch, 1).ReloadBecause);

        await listener.OnSyncFinishedAsync(Checked(SyncResult.Synced, applied) with { Trigger = SyncTrigger.StoreChanged }, ct);
        Assert.Contains("without its details", _broadcaster.ReadChangesSince(_broadcaster.Epoch, 2).ReloadBecause);
    }

    private static SyncReport Checked(SyncResult result, SyncOutcome outcome) =>
        new(SyncTrigger.Change, result, DateTimeOffset.UnixEpoch, TimeSpan.Zero, outcome, null);

    private static SyncReport StoreFailed(SyncResult result, string message) =>
        new(SyncTrigger.Change, result, DateTimeOffset.UnixEpoch, TimeSpan.Zero, null, message) { StoreFailed = true };

    private static SyncOutcome Outcome(IReadOnlyList<Diagnostic> diagnostics, bool applied) =>
        new(diagnostics, null, applied, FilesTotal: 1, FilesParsed: 1, NodeCount: 0, RelationshipCount: 0, TimeSpan.Zero);
}
