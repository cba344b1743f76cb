using Microsoft.Extensions.Logging;

namespace GraphBuilder.Hosting.Worker;

/// <summary>The worker's log lines: one message template per event, with named properties for structured sinks.</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Watching {SeedsFolder} for changes (debounce {Debounce}); store: {Store}")]
    public static partial void Watching(this ILogger logger, string seedsFolder, TimeSpan debounce, string store);

    // Every sync logs one line (event 2, 3, 5, 6 or 7) carrying its Outcome and Trigger, and (but for 5, logged by the retry) DurationMs.
    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "{Outcome} ({Trigger}): {FilesParsed} of {FilesTotal} files re-read; nodes +{NodesAdded} ~{NodesChanged} -{NodesRemoved}, " +
                  "relationships +{RelationshipsAdded} ~{RelationshipsChanged} -{RelationshipsRemoved}; " +
                  "graph {NodeCount} nodes, {RelationshipCount} relationships, hash {GraphHash}; {DurationMs} ms")]
    public static partial void Synced(this ILogger logger, SyncResult outcome, SyncTrigger trigger, int filesParsed, int filesTotal,
        int nodesAdded, int nodesChanged, int nodesRemoved, int relationshipsAdded, int relationshipsChanged, int relationshipsRemoved,
        int nodeCount, int relationshipCount, string graphHash, long durationMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error,
        Message = "{Outcome} ({Trigger}): {ErrorCount} errors in the seeds, the store was left unchanged; waiting for the next save; {DurationMs} ms")]
    public static partial void SeedsInvalid(this ILogger logger, SyncResult outcome, SyncTrigger trigger, int errorCount, long durationMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "{Path}:{Line}:{Column}: {Problem}")]
    public static partial void SeedProblem(this ILogger logger, string path, int line, int column, string problem);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "{Path}:{Line}:{Column}: warning: {Problem}")]
    public static partial void SeedWarning(this ILogger logger, string path, int line, int column, string problem);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning,
        Message = "{Outcome} ({Trigger}): {Reason}; changes are kept, retry {Attempt} in {RetryDelay}")]
    public static partial void StoreUnavailable(this ILogger logger, SyncResult outcome, SyncTrigger trigger, string reason, int attempt, TimeSpan retryDelay);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error,
        Message = "{Outcome} ({Trigger}): {Reason}; waiting for the next change; {DurationMs} ms")]
    public static partial void StoreFailed(this ILogger logger, SyncResult outcome, SyncTrigger trigger, string reason, long durationMs);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "{Outcome} ({Trigger}): unexpected error; waiting for the next change; {DurationMs} ms")]
    public static partial void SyncCrashed(this ILogger logger, SyncResult outcome, SyncTrigger trigger, long durationMs, Exception exception);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error, Message = "Sync listener {Listener} failed")]
    public static partial void ListenerFailed(this ILogger logger, string listener, Exception exception);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Stopped watching")]
    public static partial void Stopped(this ILogger logger);

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "{Signals} change signals for {PathCount} paths, e.g. {FirstPath}")]
    public static partial void ChangesSeen(this ILogger logger, int signals, int pathCount, string firstPath);

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "File events may have been lost ({Reason}); re-reading the whole seeds folder")]
    public static partial void EventsLost(this ILogger logger, string reason);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning,
        Message = "Seeds folder {SeedsFolder} is gone; the store keeps the last good graph until it is back")]
    public static partial void FolderMissing(this ILogger logger, string seedsFolder);

    [LoggerMessage(EventId = 22, Level = LogLevel.Information, Message = "Seeds folder {SeedsFolder} is back; watching it again")]
    public static partial void FolderBack(this ILogger logger, string seedsFolder);

    [LoggerMessage(EventId = 24, Level = LogLevel.Information,
        Message = "Seeds folder {SeedsFolder} was replaced (renamed over, or deleted and recreated); watching the new one")]
    public static partial void FolderReplaced(this ILogger logger, string seedsFolder);

    [LoggerMessage(EventId = 23, Level = LogLevel.Warning, Message = "Cannot watch {SeedsFolder} yet: {Reason}")]
    public static partial void CannotWatch(this ILogger logger, string seedsFolder, string reason);

    [LoggerMessage(EventId = 25, Level = LogLevel.Warning,
        Message = "The store was changed by another writer (graph {Found}, expected {Expected}); syncing the seeds' graph over it")]
    public static partial void StoreChangedElsewhere(this ILogger logger, string found, string expected);
}
