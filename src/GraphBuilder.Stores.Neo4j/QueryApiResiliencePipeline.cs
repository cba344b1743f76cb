using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// The resilience pipeline around <see cref="QueryApiClient"/>: total timeout → retry (exponential
/// backoff with jitter) → circuit breaker → per-attempt timeout. Retries only requests the client
/// marked retryable, and only for network failures, timeouts, HTTP 502/503/504 and
/// <c>Neo.TransientError.*</c> codes (see <see cref="TransientErrorClassifier"/>).
/// </summary>
internal static class QueryApiResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, Neo4jOptions options)
    {
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // Retry-After is honoured only for 503, which Neo4j does not send; keep our own backoff.
                ShouldRetryAfterHeader = false,
                ShouldHandle = ShouldRetryAsync,
                OnRetry = CountRetryAsync,
            });
        }
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 10,
            SamplingDuration = options.RequestTimeout * 2 > TimeSpan.FromSeconds(30) ? options.RequestTimeout * 2 : TimeSpan.FromSeconds(30),
            BreakDuration = options.BreakDuration,
            ShouldHandle = IsFailureAsync,
        });
        builder.AddTimeout(options.RequestTimeout);
    }

    private static async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args)
    {
        var request = args.Context.GetRequestMessage();
        if (request is not null && request.Options.TryGetValue(QueryApiClient.RetryableKey, out var retryable) && !retryable)
            return false;
        return await IsTransientAsync(args.Outcome, args.Context.CancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask CountRetryAsync(OnRetryArguments<HttpResponseMessage> args)
    {
        switch (args.Outcome)
        {
            case { Exception: { } ex }:
                StoreRetryCounter.Count(null, null, ex);
                break;
            case { Result: { } response }:
                var errors = await TransientErrorClassifier.ReadErrorsAsync(response, args.Context.CancellationToken).ConfigureAwait(false);
                StoreRetryCounter.Count(errors.FirstOrDefault()?.Code, (int)response.StatusCode, null);
                break;
            default:
                StoreRetryCounter.Count(null, null, null);
                break;
        }
    }

    private static ValueTask<bool> IsFailureAsync(CircuitBreakerPredicateArguments<HttpResponseMessage> args) =>
        IsTransientAsync(args.Outcome, args.Context.CancellationToken);

    private static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) =>
        outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result: { } response } => await TransientErrorClassifier.IsRetryableAsync(response, cancellationToken).ConfigureAwait(false),
            _ => false,
        };
}
