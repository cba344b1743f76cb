using GraphBuilder.Stores;
using GraphBuilder.Sync;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// Keeps the store in sync with the seeds folder: one sync at start, then one per debounced burst of
/// changes, retrying with capped exponential backoff while the store is unavailable. It only loops, waits
/// and logs; each sync is the injected <see cref="GraphSyncService"/> (the one <c>graphbuilder sync</c> runs),
/// which writes nothing for invalid seeds and, once a write starts, finishes it even when the host stops.
/// </summary>
public sealed class SyncWorker(
    GraphSyncService sync,
    ISeedChangeSource changes,
    IEnumerable<ISyncListener> listeners,
    IOptions<GraphBuilderOptions> options,
    IOptions<WorkerOptions> workerOptions,
    TimeProvider timeProvider,
    ILogger<SyncWorker> logger) : BackgroundService
{
    private readonly ISyncListener[] _listeners = listeners.ToArray();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seeds = options.Value.Seeds;
        var debouncer = new ChangeDebouncer(workerOptions.Value.Debounce, timeProvider);
        var backoff = new RetryBackoff(workerOptions.Value.RetryInitialDelay, workerOptions.Value.RetryMaxDelay);

        // Watch before the first sync, so an edit made while it runs is not missed.
        changes.Start();
        logger.Watching(Path.GetFullPath(seeds), workerOptions.Value.Debounce, sync.Store.Description);
        try
        {
            var trigger = SyncTrigger.Initial;
            var attempt = 0;
            while (true)
            {
                // Signals so far are answered by this sync: it re-reads the whole folder.
                debouncer.Absorb(changes.Changes);
                debouncer.Take();
                if (await TrySyncAsync(seeds, trigger, stoppingToken).ConfigureAwait(false) is { } unavailable)
                {
                    var delay = backoff.DelayFor(++attempt);
                    logger.StoreUnavailable(trigger, unavailable.Message, attempt, delay);
                    await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
                    trigger = SyncTrigger.Retry;
                    continue;
                }
                attempt = 0;
                var batch = await debouncer.NextBatchAsync(changes.Changes, stoppingToken).ConfigureAwait(false);
                logger.ChangesSeen(batch.Signals, batch.Paths.Count, batch.Paths.FirstOrDefault() ?? "");
                trigger = batch.Trigger;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.Stopped();
        }
    }

    /// <summary>Runs one sync and logs what it did; returns the failure when it should be retried later.</summary>
    private async Task<Exception?> TrySyncAsync(string seeds, SyncTrigger trigger, CancellationToken stoppingToken)
    {
        SyncOutcome outcome;
        try
        {
            outcome = await sync.SyncAsync(seeds, dryRun: false, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (TransientFailure.IsTransient(ex))
        {
            await NotifyAsync(l => l.OnStoreFailedAsync(ex.Message, stoppingToken), stoppingToken).ConfigureAwait(false);
            return ex;
        }
        catch (StoreException ex)
        {
            logger.StoreFailed(trigger, ex.Message);
            await NotifyAsync(l => l.OnStoreFailedAsync(ex.Message, stoppingToken), stoppingToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex)
        {
            // The host keeps running: the next save may well fix whatever input caused this.
            logger.SyncCrashed(trigger, ex);
            return null;
        }

        await NotifyAsync(l => l.OnSyncCheckedAsync(outcome, stoppingToken), stoppingToken).ConfigureAwait(false);
        if (!outcome.IsValid)
        {
            foreach (var d in outcome.Diagnostics)
                logger.SeedProblem(d.Position.Path, d.Position.Line, d.Position.Column, d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})");
            logger.SeedsInvalid(trigger, outcome.Diagnostics.Count);
            return null;
        }

        var counts = outcome.Diff!.Counts;
        logger.Synced(trigger, outcome.FilesParsed, outcome.FilesTotal,
            counts.NodesAdded, counts.NodesChanged, counts.NodesRemoved,
            counts.RelationshipsAdded, counts.RelationshipsChanged, counts.RelationshipsRemoved,
            outcome.NodeCount, outcome.RelationshipCount, (long)outcome.Duration.TotalMilliseconds);
        if (outcome.Applied) await NotifyAsync(l => l.OnSyncedAsync(outcome, stoppingToken), stoppingToken).ConfigureAwait(false);
        return null;
    }

    private async Task NotifyAsync(Func<ISyncListener, Task> tell, CancellationToken stoppingToken)
    {
        foreach (var listener in _listeners)
        {
            try
            {
                await tell(listener).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.ListenerFailed(listener.GetType().Name, ex);
            }
        }
    }
}
