using GraphBuilder.Hosting.Worker;
using GraphBuilder.Stores;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace GraphBuilder.Hosting.Tests.Worker;

/// <summary>The worker's retry pipeline on a fake clock: no test here waits in real time.</summary>
public sealed class SyncRetryPipelineTests
{
    private static readonly WorkerOptions Options = new() { RetryInitialDelay = TimeSpan.FromSeconds(1), RetryMaxDelay = TimeSpan.FromSeconds(10) };
    private readonly FakeTimeProvider _time = new();
    private readonly FakeLogger _logger = new();

    [Fact]
    public async Task TransientFailures_AreRetriedOnTheInjectedClock_WithJitteredDelaysUpToTheCap()
    {
        var pipeline = SyncRetryPipeline.Create(Options, _time, _logger);
        using var attempted = new SemaphoreSlim(0);
        var calls = 0;
        var run = pipeline.ExecuteAsync(ValueTask (CancellationToken _) =>
        {
            calls++;
            attempted.Release();
            return calls <= 8 ? throw new StoreException("store down", isTransient: true) : ValueTask.CompletedTask;
        }, TestContext.Current.CancellationToken).AsTask();

        for (var attempt = 1; attempt <= 8; attempt++)
        {
            Assert.True(await attempted.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
            Assert.Equal(attempt, calls);
            // Nothing happens until the fake clock passes the (capped) delay.
            Assert.False(run.IsCompleted);
            _time.Advance(Options.RetryMaxDelay);
        }
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(9, calls);
        var logged = _logger.Collector.GetSnapshot();
        Assert.Equal(Enumerable.Range(1, 8).Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            logged.Select(r => r.GetStructuredStateValue("Attempt")));
        var delays = logged.Select(r => TimeSpan.Parse(r.GetStructuredStateValue("RetryDelay")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, Options.RetryMaxDelay));
        // Jitter: not the bare doubling sequence a hand-rolled backoff gives.
        Assert.NotEqual([1, 2, 4, 8, 10, 10, 10, 10], delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task NonTransientFailures_AreNotRetried()
    {
        var pipeline = SyncRetryPipeline.Create(Options, _time, _logger);
        var calls = 0;

        await Assert.ThrowsAsync<StoreException>(async () => await pipeline.ExecuteAsync(
            ValueTask (CancellationToken _) => { calls++; throw new StoreException("refused", isTransient: false); }, TestContext.Current.CancellationToken));

        Assert.Equal(1, calls);
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task Stopping_EndsTheRetries()
    {
        var pipeline = SyncRetryPipeline.Create(Options, _time, _logger);
        using var stop = new CancellationTokenSource();
        var run = pipeline.ExecuteAsync(ValueTask (CancellationToken _) => throw new TimeoutException("slow"), stop.Token).AsTask();

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }
}
