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
