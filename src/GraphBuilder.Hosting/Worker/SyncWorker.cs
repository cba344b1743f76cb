using GraphBuilder.Stores;
using GraphBuilder.Sync;
using GraphBuilder.Validation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// Keeps the store in sync with the seeds folder: one sync at start, then one per debounced burst of
/// changes, retrying through <see cref="SyncRetryPipeline"/> while the store is unavailable. It only loops, waits
/// and logs; each sync is the injected <see cref="GraphSyncService"/> (the one <c>graphbuilder sync</c> runs),
/// which writes nothing for invalid seeds and, once a write starts, finishes it even when the host stops.
/// </summary>
internal sealed class SyncWorker(
    GraphSyncService sync,
    ISeedChangeSource changes,
    IEnumerable<ISyncListener> listeners,
    IOptions<GraphBuilderOptions> options,
    IOptions<WorkerOptions> workerOptions,
    TimeProvider timeProvider,
    ILogger<SyncWorker> logger) : BackgroundService
{
    private readonly ISyncListener[] _listeners = listeners.ToArray();

    // The sync marker this worker last left in (or found in) the store; another one means another writer.
    private string? _expectedMarker;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seeds = options.Value.Seeds;
        var debouncer = new ChangeDebouncer(workerOptions.Value.Debounce, workerOptions.Value.DebounceMaxWait, timeProvider);
        var retry = SyncRetryPipeline.Create(workerOptions.Value, timeProvider, logger);

        // Watch before the first sync, so an edit made while it runs is not missed.
        changes.Start();
        logger.Watching(Path.GetFullPath(seeds), workerOptions.Value.Debounce, CredentialRedaction.Redact(sync.Store.Description));
        try
        {
            var trigger = SyncTrigger.Initial;
            while (true)
            {
                var context = ResilienceContextPool.Shared.Get(stoppingToken);
                try
                {
                    context.Properties.Set(SyncRetryPipeline.Trigger, trigger);
                    await retry.ExecuteAsync(async (attempt, worker) =>
                    {
                        // Signals so far are answered by this attempt: it re-reads the whole folder.
                        debouncer.Absorb(changes.Changes);
                        debouncer.Take();
                        await worker.SyncAsync(seeds, attempt.Properties.GetValue(SyncRetryPipeline.Trigger, SyncTrigger.Retry), attempt.CancellationToken)
                            .ConfigureAwait(false);
                    }, context, this).ConfigureAwait(false);
                }
                finally
                {
                    ResilienceContextPool.Shared.Return(context);
                }
                trigger = await NextTriggerAsync(debouncer, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.Stopped();
        }
    }

    /// <summary>Waits for a debounced burst of changes, or for another writer to change the store under the worker, whichever comes first.</summary>
    private async Task<SyncTrigger> NextTriggerAsync(ChangeDebouncer debouncer, CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var batch = debouncer.NextBatchAsync(changes.Changes, wait.Token);
        var foreign = WaitForForeignWriteAsync(wait.Token);
        var first = await Task.WhenAny(batch, foreign).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false);
        if (first == foreign && foreign.IsCompletedSuccessfully)
        {
            // Pending file changes are not lost: the sync re-reads the folder, and the debouncer keeps what it absorbed.
            await Cancelled(batch, stoppingToken).ConfigureAwait(false);
            return SyncTrigger.StoreChanged;
        }
        await Cancelled(foreign, stoppingToken).ConfigureAwait(false);
        var changed = await batch.ConfigureAwait(false);
        logger.ChangesSeen(changed.Signals, changed.Paths.Count, changed.Paths.FirstOrDefault() ?? "");
        return changed.Trigger;
    }

    /// <summary>Waits for the wait that lost the race to end, as cancelled (or finished after all).</summary>
    private static async Task Cancelled(Task task, CancellationToken stoppingToken)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Cancelled because the other wait won.
        }
    }

    /// <summary>Returns once the store's sync marker is not the one this worker expects; an unreadable store is left to the next sync.</summary>
    private async Task WaitForForeignWriteAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(workerOptions.Value.StoreCheckInterval, timeProvider, cancellationToken).ConfigureAwait(false);
            if (_expectedMarker is not { } expected) continue;
            string? found;
            try
            {
                found = (await sync.Store.ReadSyncMarkerAsync(cancellationToken).ConfigureAwait(false))?.GraphHash;
            }
            catch (StoreException)
            {
                continue;
            }
            if (found != expected)
            {
                logger.StoreChangedElsewhere(found ?? "none", expected);
                return;
            }
        }
    }

    /// <summary>The marker the store holds now, as this worker's own: after a sync, whatever it holds was written or accepted by it.</summary>
    private async Task RememberMarkerAsync(SyncOutcome? outcome, CancellationToken cancellationToken)
    {
        if (outcome is { IsValid: true, GraphHash: { } written })
        {
            _expectedMarker = written;
            return;
        }
        try
        {
            _expectedMarker = (await sync.Store.ReadSyncMarkerAsync(cancellationToken).ConfigureAwait(false))?.GraphHash;
        }
        catch (StoreException)
        {
            _expectedMarker = null;
        }
    }

    /// <summary>Runs one sync and logs what it did; transient failures propagate to the retry pipeline.</summary>
    private async Task SyncAsync(string seeds, SyncTrigger trigger, CancellationToken stoppingToken)
    {
        var started = timeProvider.GetTimestamp();
        SyncOutcome outcome;
        try
        {
            outcome = await sync.SyncAsync(seeds, dryRun: false, stoppingToken, workerOptions.Value.Strict).ConfigureAwait(false);
        }
        catch (Exception ex) when (TransientFailure.IsTransient(ex))
        {
            if (!stoppingToken.IsCancellationRequested)
                await FinishedAsync(Report(trigger, SyncResult.Unavailable, started, null, ex.Message) with { StoreFailed = true }, stoppingToken).ConfigureAwait(false);
            // The retry pipeline decides (and stops retrying once the host stops, which is also an OperationCanceledException).
            throw;
        }
        catch (StoreException ex)
        {
            var refused = Report(trigger, SyncResult.Failed, started, null, ex.Message) with { StoreFailed = true };
            logger.StoreFailed(refused.Result, trigger, CredentialRedaction.Redact(ex.Message), Milliseconds(refused));
            await FinishedAsync(refused, stoppingToken).ConfigureAwait(false);
            return;
        }
        catch (Exception ex)
        {
            // The host keeps running: the next save may well fix whatever input caused this.
            var crashed = Report(trigger, SyncResult.Failed, started, null, ex.Message);
            logger.SyncCrashed(crashed.Result, trigger, Milliseconds(crashed), ex);
            await FinishedAsync(crashed, stoppingToken).ConfigureAwait(false);
            return;
        }

        await RememberMarkerAsync(outcome, stoppingToken).ConfigureAwait(false);
        var report = Report(trigger, outcome.IsValid ? SyncResult.Synced : SyncResult.Invalid, started, outcome, null);
        foreach (var w in outcome.Warnings)
            logger.SeedWarning(w.Position.Path, w.Position.Line, w.Position.Column, w.Hint is null ? w.Message : $"{w.Message} ({w.Hint})");
        if (!outcome.IsValid)
        {
            foreach (var d in outcome.Diagnostics)
                logger.SeedProblem(Diagnostic.OneLine(d.Position.Path), d.Position.Line, d.Position.Column,
                    Diagnostic.OneLine(d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})"));
            logger.SeedsInvalid(report.Result, trigger, outcome.Diagnostics.Count, Milliseconds(report));
            await FinishedAsync(report, stoppingToken).ConfigureAwait(false);
            return;
        }

        var counts = outcome.Diff!.Counts;
        logger.Synced(report.Result, trigger, outcome.FilesParsed, outcome.FilesTotal,
            counts.NodesAdded, counts.NodesChanged, counts.NodesRemoved,
            counts.RelationshipsAdded, counts.RelationshipsChanged, counts.RelationshipsRemoved,
            outcome.NodeCount, outcome.RelationshipCount, outcome.GraphHash ?? "", Milliseconds(report));
        await FinishedAsync(report, stoppingToken).ConfigureAwait(false);
    }

    private SyncReport Report(SyncTrigger trigger, SyncResult result, long started, SyncOutcome? outcome, string? failure) =>
        new(trigger, result, timeProvider.GetUtcNow(), timeProvider.GetElapsedTime(started), outcome, failure);

    private static long Milliseconds(SyncReport report) => (long)report.Duration.TotalMilliseconds;

    private async Task FinishedAsync(SyncReport report, CancellationToken stoppingToken)
    {
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnSyncFinishedAsync(report, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.ListenerFailed(listener.GetType().Name, ex);
            }
        }
    }
}
