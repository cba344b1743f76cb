using System.Diagnostics;
using GraphBuilder.Stores;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Diagnostics;

/// <summary>Does the store answer? One <see cref="IGraphStore.PingAsync"/>, cut off after <see cref="HealthOptions.StoreTimeout"/>.</summary>
internal sealed class StoreHealthCheck(IGraphStore store, IOptions<HealthOptions> options) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var timeout = options.Value.StoreTimeout;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await store.PingAsync(limit.Token).WaitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{store.Description} did not answer within {timeout.TotalMilliseconds:0} ms");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Store messages are written for users and never carry a password; the exception itself is not reported.
            return HealthCheckResult.Unhealthy(ex is StoreException ? ex.Message : $"{store.Description} does not answer: {ex.Message}");
        }
        return HealthCheckResult.Healthy($"{store.Description} answered in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
    }
}
