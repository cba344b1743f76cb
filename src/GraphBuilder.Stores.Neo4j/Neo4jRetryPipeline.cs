using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// Retries a whole unit of work (begin → statements → commit), as Neo4j's drivers do for managed
/// transactions: on <c>Neo.TransientError.*</c> (but not Terminated, LockClientStopped or the memory
/// limit), connection failures, 502/503/504, and a transaction the server no longer knows; with
/// exponential backoff and jitter until <see cref="Neo4jOptions.MaxRetryTime"/> has passed since the
/// first attempt. Built once (a singleton) and shared by every sync, the CLI's and the worker's.
/// </summary>
internal sealed class Neo4jRetryPipeline
{
    private static readonly ResiliencePropertyKey<long> StartedKey = new("GraphBuilder.Neo4j.UnitStarted");

    private readonly ResiliencePipeline _pipeline;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _maxRetryTime;
    private int _retries;

    public Neo4jRetryPipeline(IOptions<Neo4jOptions> options, TimeProvider timeProvider, ILogger<Neo4jRetryPipeline> logger)
    {
        _timeProvider = timeProvider;
        _maxRetryTime = options.Value.MaxRetryTime;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue, // bounded by the retry time instead
                Delay = options.Value.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(10),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome.Exception) && WithinRetryTime(args.Context)),
                OnRetry = args =>
                {
                    Interlocked.Increment(ref _retries);
                    CountRetry(args.Outcome.Exception);
                    logger.LogWarning("Neo4j transaction failed ({Error}); retrying it whole in {Delay} (attempt {Attempt})",
                        args.Outcome.Exception?.Message, args.RetryDelay, args.AttemptNumber + 2);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Units of work retried so far (for the benchmark and logs).</summary>
    public int Retries => Volatile.Read(ref _retries);

    public async Task RunAsync(Func<CancellationToken, Task> unitOfWork, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StartedKey, _timeProvider.GetTimestamp());
        try
        {
            await _pipeline.ExecuteAsync(static async (ctx, work) => await work(ctx.CancellationToken).ConfigureAwait(false), context, unitOfWork)
                .ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public static bool IsRetryable(Exception? exception) => exception switch
    {
        QueryApiException { Failure: QueryApiFailure.MemoryLimit } => false,
        QueryApiException { Failure: QueryApiFailure.TransactionNotFound } => true,
        StoreException { IsTransient: true } => true,
        _ => false,
    };

    private static void CountRetry(Exception? exception)
    {
        if (exception is QueryApiException api) StoreRetryCounter.Count(api.Errors.FirstOrDefault()?.Code, (int)api.StatusCode, null);
        else StoreRetryCounter.Count(null, null, exception);
    }

    private bool WithinRetryTime(ResilienceContext context) =>
        context.Properties.TryGetValue(StartedKey, out var started) && _timeProvider.GetElapsedTime(started) < _maxRetryTime;
}
