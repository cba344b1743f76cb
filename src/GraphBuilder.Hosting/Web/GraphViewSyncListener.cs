using GraphBuilder.Hosting.Worker;
using GraphBuilder.Sync;
using GraphBuilder.Web;

namespace GraphBuilder.Hosting.Web;

/// <summary>Tells open web views to refresh after a sync that changed the store, and what state the seeds and store are in.</summary>
public sealed class GraphViewSyncListener(GraphChangeBroadcaster broadcaster, GraphViewStatus status) : ISyncListener
{
    public Task OnSyncedAsync(SyncOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Applied) broadcaster.Publish();
        return Task.CompletedTask;
    }

    public Task OnSyncCheckedAsync(SyncOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.IsValid) status.ReportInSync();
        else status.ReportInvalid(outcome.Diagnostics);
        return Task.CompletedTask;
    }

    public Task OnStoreFailedAsync(string message, CancellationToken cancellationToken)
    {
        status.ReportStoreBehind(message);
        return Task.CompletedTask;
    }
}
