using GraphBuilder.Sync;

namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// Told after every worker sync that changed the store (e.g. the web view's change broadcaster).
/// Register any number as singletons; a listener that throws is logged and does not stop the worker.
/// </summary>
public interface ISyncListener
{
    Task OnSyncedAsync(SyncOutcome outcome, CancellationToken cancellationToken);
}
