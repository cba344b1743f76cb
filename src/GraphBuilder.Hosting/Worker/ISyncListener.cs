namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// Told once after every worker sync, whatever its result, with one <see cref="SyncReport"/>: health, metrics and the
/// web view are listeners. Register any number as singletons; a listener that throws is logged and does not stop the
/// worker. Called on the worker's loop: keep it quick.
/// </summary>
public interface ISyncListener
{
    Task OnSyncFinishedAsync(SyncReport report, CancellationToken cancellationToken);
}
