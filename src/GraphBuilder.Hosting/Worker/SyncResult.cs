namespace GraphBuilder.Hosting.Worker;

/// <summary>How one worker sync ended: the <c>Outcome</c> of its log line, the <c>outcome</c> tag of its metrics.</summary>
public enum SyncResult
{
    /// <summary>The seeds were valid and the store now holds their graph (written, or already equal).</summary>
    Synced,

    /// <summary>The seeds were invalid; nothing was written and the store keeps the last good graph.</summary>
    Invalid,

    /// <summary>The store could not be reached (after its own retries); the worker retries the sync later.</summary>
    Unavailable,

    /// <summary>The store refused the write or the sync failed unexpectedly; the worker waits for the next change.</summary>
    Failed,
}
