using System.Threading.Channels;
using GraphBuilder.Hosting.Worker;
using Microsoft.Extensions.Time.Testing;

namespace GraphBuilder.Hosting.Tests.Worker;

public sealed class ChangeDebouncerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(3);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void RemainingQuiet_RestartsWithEachSignal()
    {
        var debouncer = new ChangeDebouncer(Quiet, MaxWait, _time);
        debouncer.Record(Change("a.yaml"));
        _time.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Equal(TimeSpan.FromMilliseconds(200), debouncer.RemainingQuiet);

        debouncer.Record(Change("b.yaml"));
        Assert.Equal(Quiet, debouncer.RemainingQuiet);
        _time.Advance(Quiet);
        Assert.Equal(TimeSpan.Zero, debouncer.RemainingQuiet);
    }

    [Fact]
    public async Task NextBatch_CompletesOnlyAfterTheQuietPeriod_WithTheWholeBurst()
    {
        var debouncer = new ChangeDebouncer(Quiet, MaxWait, _time);
        var channel = Channel.CreateUnbounded<SeedChange>();
        for (var i = 0; i < 20; i++) channel.Writer.TryWrite(Change(i % 2 == 0 ? "a.yaml" : "b.yaml"));

        var batch = debouncer.NextBatchAsync(channel.Reader, TestContext.Current.CancellationToken);
        Assert.False(batch.IsCompleted);
        _time.Advance(Quiet - TimeSpan.FromMilliseconds(1));
        Assert.False(batch.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        var result = await batch.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(20, result.Signals);
        Assert.Equal(["a.yaml", "b.yaml"], result.Paths);
        Assert.Equal(SyncTrigger.Change, result.Trigger);
        Assert.False(debouncer.HasPending);
    }

    [Fact]
    public async Task NextBatch_CompletesAtTheMaximumWait_WhileSavesKeepComing()
    {
        var debouncer = new ChangeDebouncer(Quiet, MaxWait, _time);
        var channel = Channel.CreateUnbounded<SeedChange>();
        channel.Writer.TryWrite(Change("a.yaml"));
        var batch = debouncer.NextBatchAsync(channel.Reader, TestContext.Current.CancellationToken);

        // A save every 100 ms never leaves the quiet period, so only the cap can end the wait.
        var step = TimeSpan.FromMilliseconds(100);
        for (var waited = TimeSpan.Zero; waited < MaxWait - step; waited += step)
        {
            Assert.False(batch.IsCompleted, $"completed after {waited} although saves kept coming");
            channel.Writer.TryWrite(Change("a.yaml"));
            // Let the debouncer take the save before the clock moves on, as it would in real time.
            while (channel.Reader.Count > 0) await Task.Delay(1, TestContext.Current.CancellationToken);
            _time.Advance(step);
        }
        channel.Writer.TryWrite(Change("a.yaml"));
        _time.Advance(step);

        var result = await batch.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(MaxWait, _time.GetUtcNow() - _time.Start);
        Assert.True(result.Signals > 20);
    }

    [Fact]
    public async Task NextBatch_Throws_WhenStopped()
    {
        var debouncer = new ChangeDebouncer(Quiet, MaxWait, _time);
        using var stop = new CancellationTokenSource();
        var batch = debouncer.NextBatchAsync(Channel.CreateUnbounded<SeedChange>().Reader, stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batch);
    }

    [Fact]
    public void Batch_IsAnOverflow_WhenAnySignalSaysEventsWereLost()
    {
        var debouncer = new ChangeDebouncer(Quiet, MaxWait, _time);
        debouncer.Record(Change("a.yaml"));
        debouncer.Record(new SeedChange(SeedChangeKind.Overflow, "/seeds"));

        Assert.Equal(SyncTrigger.Overflow, debouncer.Take().Trigger);
    }

    private static SeedChange Change(string path) => new(SeedChangeKind.File, path);
}
