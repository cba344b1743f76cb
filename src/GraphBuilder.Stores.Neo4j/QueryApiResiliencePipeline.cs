using System.Globalization;
using GraphBuilder.Graph;
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
public static class QueryApiResiliencePipeline
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

    /// <summary>Counts the retry on <see cref="PipelineMetrics.StoreRetries"/> by Neo4j error code, else HTTP status, else exception type.</summary>
    private static async ValueTask CountRetryAsync(OnRetryArguments<HttpResponseMessage> args)
    {
        var errorType = args.Outcome switch
        {
            { Exception: { } ex } => ex.GetType().FullName ?? ex.GetType().Name,
            { Result: { } response } => (await TransientErrorClassifier.ReadErrorsAsync(response, args.Context.CancellationToken).ConfigureAwait(false))
                .FirstOrDefault()?.Code is { Length: > 0 } code ? code : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture),
            _ => "unknown",
        };
        PipelineMetrics.StoreRetries.Add(1, new KeyValuePair<string, object?>("error.type", errorType));
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
