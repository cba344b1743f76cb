using GraphBuilder.Hosting.Worker;
using GraphBuilder.Stores;
using GraphBuilder.Web;

namespace GraphBuilder.Hosting.Web;

/// <summary>Tells open web views what a sync changed in the store (its own diff, nothing re-read), and what state the seeds and store are in.</summary>
internal sealed class GraphViewSyncListener(GraphChangeBroadcaster broadcaster, GraphViewStatus status, IGraphStore store) : ISyncListener
{
    // A diff leads from what the store held to the seeds' graph; open pages hold what was last published. After a
    // failed write (possibly partial) or another writer's, the two may differ: the next change is published without
    // details, so pages reload the whole graph once rather than patch a state they never had.
    private bool _storeMayDiffer;

    public async Task OnSyncFinishedAsync(SyncReport report, CancellationToken cancellationToken)
    {
        if (report.Outcome is { } outcome)
        {
            if (outcome.IsValid) status.ReportInSync();
            else status.ReportInvalid(outcome.Diagnostics);
            if (outcome.Applied)
            {
                if (outcome.Diff is { } diff && !_storeMayDiffer && report.Trigger != SyncTrigger.StoreChanged) broadcaster.Publish(diff);
                else broadcaster.Publish();
                _storeMayDiffer = false;
            }
        }
        else if (report is { StoreFailed: true, Failure: { } message })
        {
            _storeMayDiffer = true;
            if (await HoldsPartialSyncAsync(cancellationToken).ConfigureAwait(false)) status.ReportStorePartial(message);
            else status.ReportStoreBehind(message);
        }
    }

    // A bounded sync that failed between commits leaves part of the new graph: the page must say so, not just "behind".
    private async Task<bool> HoldsPartialSyncAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await store.ReadSyncMarkerAsync(cancellationToken).ConfigureAwait(false) is { Complete: false };
        }
        catch (StoreException)
        {
            return false; // unreachable: "behind" is all that can be said
        }
    }
}
