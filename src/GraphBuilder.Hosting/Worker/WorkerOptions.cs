namespace GraphBuilder.Hosting.Worker;

/// <summary>How the watch worker debounces changes and backs off while the store is down (section <c>GraphBuilder:Worker</c>).</summary>
public sealed class WorkerOptions
{
    public const string SectionName = "GraphBuilder:Worker";

    /// <summary>Quiet time after the last change before a sync starts, so an editor's save burst gives one sync.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest a change waits for quiet: a steady stream of saves still syncs at least this often.</summary>
    public TimeSpan DebounceMaxWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First wait before retrying a sync that failed because the store was unavailable; roughly doubles each attempt, with jitter.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on the retry wait.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the watcher checks that the seeds folder still exists (it may be deleted and recreated).</summary>
    public TimeSpan FolderCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the worker reads the store's sync marker to notice another writer (a <c>sync</c> from elsewhere) and sync over it.</summary>
    public TimeSpan StoreCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Warnings (quotes that do not name a fact's parties) block a sync as errors do: the store keeps the last good graph.</summary>
    public bool Strict { get; set; }
}
