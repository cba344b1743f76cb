using GraphBuilder.Hosting.Worker;
using GraphBuilder.Sync;
using GraphBuilder.Web;

namespace GraphBuilder.Hosting.Web;

/// <summary>Tells open web views to refresh after a sync that changed the store.</summary>
public sealed class GraphViewSyncListener(GraphChangeBroadcaster broadcaster) : ISyncListener
{
    public Task OnSyncedAsync(SyncOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Applied) broadcaster.Publish();
        return Task.CompletedTask;
    }
}
