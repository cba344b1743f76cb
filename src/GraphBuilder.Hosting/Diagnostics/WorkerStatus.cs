using GraphBuilder.Hosting.Worker;

namespace GraphBuilder.Hosting.Diagnostics;

/// <summary>
/// The worker's state as health checks see it: the last sync, since when syncs have ended that way,
/// and the last one that synced. Written only by the worker's loop; read by any request.
/// </summary>
internal sealed class WorkerStatus : ISyncListener
{
    private State _state = new(null, null, null);

    /// <summary>
    /// The last sync (null before the first finished), when the first of the syncs that ended like it, in a row,
    /// finished, and the last sync that left the store holding the seeds' graph; read together, so they agree.
    /// </summary>
    public (SyncSummary? Last, DateTimeOffset? Since, SyncSummary? LastSynced) Read()
    {
        var state = Volatile.Read(ref _state);
        return (state.Last, state.Since, state.LastSynced);
    }

    public Task OnSyncFinishedAsync(SyncReport report, CancellationToken cancellationToken)
    {
        var state = Volatile.Read(ref _state);
        var summary = SyncSummary.Of(report);
        var since = state.Last?.Result == report.Result ? state.Since : report.FinishedAt;
        Volatile.Write(ref _state, new State(summary, since, report.Result == SyncResult.Synced ? summary : state.LastSynced));
        return Task.CompletedTask;
    }

    private sealed record State(SyncSummary? Last, DateTimeOffset? Since, SyncSummary? LastSynced);
}
