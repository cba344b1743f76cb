using GraphBuilder.Sync;

namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// What one worker sync came to, told to every <see cref="ISyncListener"/>: <see cref="Outcome"/> for
/// <see cref="SyncResult.Synced"/> and <see cref="SyncResult.Invalid"/> (its diagnostics, and whether the store was
/// written), <see cref="Failure"/> (a message fit for users, never a secret) for the others. A sync retried while the
/// store is unavailable gives one report per attempt.
/// </summary>
public sealed record SyncReport(
    SyncTrigger Trigger,
    SyncResult Result,
    DateTimeOffset FinishedAt,
    TimeSpan Duration,
    SyncOutcome? Outcome,
    string? Failure)
{
    /// <summary>
    /// The store could not be reached or refused the write (or a seed file was busy), so it is behind the seeds until a
    /// later sync succeeds; false for a failure of the sync itself (<see cref="SyncResult.Failed"/> on an unexpected error).
    /// </summary>
    public bool StoreFailed { get; init; }
}
