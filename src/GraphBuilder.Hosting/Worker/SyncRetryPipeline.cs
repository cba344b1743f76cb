using GraphBuilder.Stores;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// The worker's retry while the store is unavailable: a Polly pipeline retrying transient failures
/// (<see cref="TransientFailure"/>) without limit, waiting from <see cref="WorkerOptions.RetryInitialDelay"/>
/// and roughly doubling up to <see cref="WorkerOptions.RetryMaxDelay"/>, with jitter so several workers
/// behind one store do not retry in step. Waits use the injected <see cref="TimeProvider"/>.
/// </summary>
internal static class SyncRetryPipeline
{
    /// <summary>Why the attempt runs: the first attempt's trigger, then <see cref="SyncTrigger.Retry"/>.</summary>
    public static readonly ResiliencePropertyKey<SyncTrigger> Trigger = new("GraphBuilder.Worker.Trigger");

    public static ResiliencePipeline Create(WorkerOptions options, TimeProvider timeProvider, ILogger logger) =>
        new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                // Never the worker's own stop: that ends the loop.
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } ex && !args.Context.CancellationToken.IsCancellationRequested && TransientFailure.IsTransient(ex)),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryInitialDelay,
                MaxDelay = options.RetryMaxDelay,
                OnRetry = args =>
                {
                    var trigger = args.Context.Properties.GetValue(Trigger, SyncTrigger.Retry);
                    logger.StoreUnavailable(SyncResult.Unavailable, trigger, CredentialRedaction.Redact(args.Outcome.Exception!.Message), args.AttemptNumber + 1, args.RetryDelay);
                    args.Context.Properties.Set(Trigger, SyncTrigger.Retry);
                    return default;
                },
            })
            .Build();
}
