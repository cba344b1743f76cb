using System.Threading.Channels;
using GraphBuilder.Hosting.Worker;
using Microsoft.Extensions.Time.Testing;

namespace GraphBuilder.Hosting.Tests.Worker;

public sealed class ChangeDebouncerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void RemainingQuiet_RestartsWithEachSignal()
    {
        var debouncer = new ChangeDebouncer(Quiet, _time);
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
        var debouncer = new ChangeDebouncer(Quiet, _time);
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
    public async Task NextBatch_Throws_WhenStopped()
    {
        var debouncer = new ChangeDebouncer(Quiet, _time);
        using var stop = new CancellationTokenSource();
        var batch = debouncer.NextBatchAsync(Channel.CreateUnbounded<SeedChange>().Reader, stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batch);
    }

    [Fact]
    public void Batch_IsAnOverflow_WhenAnySignalSaysEventsWereLost()
    {
        var debouncer = new ChangeDebouncer(Quiet, _time);
        debouncer.Record(Change("a.yaml"));
        debouncer.Record(new SeedChange(SeedChangeKind.Overflow, "/seeds"));

        Assert.Equal(SyncTrigger.Overflow, debouncer.Take().Trigger);
    }

    private static SeedChange Change(string path) => new(SeedChangeKind.File, path);
}
