namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// Told after every worker sync, whatever its result (health, metrics). Called on the worker's loop, so keep
/// it quick; one that throws is logged and does not stop the worker. <see cref="ISyncListener"/> hears only
/// syncs that changed the store.
/// </summary>
public interface ISyncObserver
{
    void OnSyncFinished(SyncReport report);
}
