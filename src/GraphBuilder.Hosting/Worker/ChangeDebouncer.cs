using System.Threading.Channels;

namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// Gathers change signals until none has arrived for the quiet period, so an editor's save burst
/// (temp file, rename, attribute change) gives one sync. A steady stream of saves never goes quiet, so
/// the wait is also capped at <paramref name="maxWait"/> from the first pending signal. Time comes from
/// the injected <see cref="TimeProvider"/>. Used by one loop at a time; not thread-safe.
/// </summary>
internal sealed class ChangeDebouncer(TimeSpan quietPeriod, TimeSpan maxWait, TimeProvider timeProvider)
{
    private readonly List<SeedChange> _pending = [];
    private long _firstSignal;
    private long _lastSignal;

    public bool HasPending => _pending.Count > 0;

    /// <summary>
    /// How long until the pending signals are due (zero when due): when they have been quiet for the whole
    /// period, or the first of them has waited <c>maxWait</c>, whichever comes first.
    /// </summary>
    public TimeSpan RemainingQuiet
    {
        get
        {
            if (!HasPending) return quietPeriod;
            var remaining = TimeSpan.FromTicks(Math.Min(
                (quietPeriod - timeProvider.GetElapsedTime(_lastSignal)).Ticks,
                (maxWait - timeProvider.GetElapsedTime(_firstSignal)).Ticks));
            return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
        }
    }

    public void Record(SeedChange change)
    {
        _lastSignal = timeProvider.GetTimestamp();
        if (_pending.Count == 0) _firstSignal = _lastSignal;
        _pending.Add(change);
    }

    /// <summary>Returns the pending signals as one batch and starts afresh.</summary>
    public ChangeBatch Take()
    {
        var batch = ChangeBatch.Of(_pending);
        _pending.Clear();
        return batch;
    }

    /// <summary>Moves every signal already waiting in <paramref name="changes"/> into the pending set.</summary>
    public void Absorb(ChannelReader<SeedChange> changes)
    {
        while (changes.TryRead(out var change)) Record(change);
    }

    /// <summary>Waits for a first signal, then until signals have been quiet for the period, and returns them.</summary>
    public async Task<ChangeBatch> NextBatchAsync(ChannelReader<SeedChange> changes, CancellationToken cancellationToken)
    {
        Absorb(changes);
        while (!HasPending)
        {
            if (!await changes.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                throw new InvalidOperationException("the seed change source stopped producing signals");
            Absorb(changes);
        }

        while (RemainingQuiet > TimeSpan.Zero)
        {
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var quiet = Task.Delay(RemainingQuiet, timeProvider, wake.Token);
            var signal = changes.WaitToReadAsync(wake.Token).AsTask();
            await Task.WhenAny(quiet, signal).ConfigureAwait(false);
            await wake.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (signal.IsCompletedSuccessfully && !signal.Result) break;
            Absorb(changes);
        }
        return Take();
    }
}
