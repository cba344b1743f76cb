using GraphBuilder.Sync;

namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// Told after every worker sync that changed the store (e.g. the web view's change broadcaster).
/// Register any number as singletons; a listener that throws is logged and does not stop the worker.
/// </summary>
internal interface ISyncListener
{
    Task OnSyncedAsync(SyncOutcome outcome, CancellationToken cancellationToken);

    /// <summary>
    /// Told after every sync that read the seeds, applied or not, valid or not (invalid seeds
    /// write nothing, so the store keeps the last good graph). For listeners that show status.
    /// </summary>
    Task OnSyncCheckedAsync(SyncOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Told when a sync could not reach or write the store: it is behind the seeds until a later sync succeeds.</summary>
    Task OnStoreFailedAsync(string message, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Told once after every sync, whatever its result, with its outcome, trigger and duration (health and metrics).
    /// Called on the worker's loop: keep it quick.
    /// </summary>
    Task OnSyncFinishedAsync(SyncReport report, CancellationToken cancellationToken) => Task.CompletedTask;
}
