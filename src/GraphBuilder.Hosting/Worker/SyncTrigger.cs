namespace GraphBuilder.Hosting.Worker;

/// <summary>Why the worker started a sync (logged with every sync).</summary>
public enum SyncTrigger
{
    /// <summary>The first sync when the worker starts.</summary>
    Initial,

    /// <summary>Files changed and then stayed quiet for the debounce period.</summary>
    Change,

    /// <summary>A previous sync failed because the store was unavailable.</summary>
    Retry,

    /// <summary>The watcher may have lost events, so the folder is re-read in full.</summary>
    Overflow,

    /// <summary>Another writer changed the store (its sync marker is not the one this worker left).</summary>
    StoreChanged,
}
