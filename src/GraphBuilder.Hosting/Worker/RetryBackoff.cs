namespace GraphBuilder.Hosting.Worker;

/// <summary>Exponential waits between retries while the store is unavailable: initial, 2×, 4×, … capped at max.</summary>
public sealed class RetryBackoff(TimeSpan initial, TimeSpan max)
{
    /// <summary>The wait before retry number <paramref name="attempt"/> (1 for the first retry).</summary>
    public TimeSpan DelayFor(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var ticks = initial.Ticks * Math.Pow(2, Math.Min(attempt - 1, 40));
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }
}
