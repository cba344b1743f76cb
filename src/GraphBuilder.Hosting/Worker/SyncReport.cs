using GraphBuilder.Sync;

namespace GraphBuilder.Hosting.Worker;

/// <summary>
/// What one worker sync came to, told to every <see cref="ISyncListener"/> (<see cref="ISyncListener.OnSyncFinishedAsync"/>): <see cref="Outcome"/> for
/// <see cref="SyncResult.Synced"/> and <see cref="SyncResult.Invalid"/>, <see cref="Failure"/> (a message fit
/// for users, never a secret) for the others.
/// </summary>
internal sealed record SyncReport(
    SyncTrigger Trigger,
    SyncResult Result,
    DateTimeOffset FinishedAt,
    TimeSpan Duration,
    SyncOutcome? Outcome,
    string? Failure);
