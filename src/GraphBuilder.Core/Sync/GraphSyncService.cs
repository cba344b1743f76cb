using GraphBuilder.Graph;
using GraphBuilder.Stores;

namespace GraphBuilder.Sync;

/// <summary>
/// One sync: load and validate the seeds, compile the graph, diff it against what the store holds,
/// and apply the difference in one transaction. Invalid seeds write nothing. The CLI and the
/// worker both call this; it is not thread-safe (one sync at a time).
/// </summary>
public sealed class GraphSyncService(CorpusPipeline pipeline, IGraphStore store, TimeProvider timeProvider)
{
    /// <summary>How often a sync recomputes its diff when another writer keeps landing between its read and its write.</summary>
    private const int MaxConflictAttempts = 3;

    public IGraphStore Store => store;

    /// <param name="strict">Warnings count as errors: a corpus with any writes nothing.</param>
    public async Task<SyncOutcome> SyncAsync(string seedsFolder, bool dryRun, CancellationToken cancellationToken, bool strict = false)
    {
        var started = timeProvider.GetTimestamp();
        var compiled = pipeline.Run(seedsFolder, strict, cancellationToken);
        if (compiled.Graph is not { } graph)
            return new SyncOutcome(compiled.Diagnostics, null, false, compiled.FilesTotal, compiled.FilesParsed, 0, 0, timeProvider.GetElapsedTime(started))
                { Warnings = compiled.Warnings };

        GraphDiff diff;
        bool applied;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                (diff, applied) = await WriteGraphAsync(store, graph, dryRun, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (StoreChangedException) when (attempt < MaxConflictAttempts)
            {
                // Another writer landed after the snapshot was read: diff against what it left, at once (a conflict, not an outage).
            }
        }
        return new SyncOutcome([], diff, applied, compiled.FilesTotal, compiled.FilesParsed,
            graph.Nodes.Count, graph.Relationships.Count, timeProvider.GetElapsedTime(started))
        {
            Warnings = compiled.Warnings,
            GraphHash = graph.ContentHash,
        };
    }

    /// <summary>
    /// Diffs the store against <paramref name="graph"/> and writes the difference; when there is none but the
    /// store's marker is missing, partial or names another graph, writes only the marker. Returns the diff and
    /// whether any element was written.
    /// </summary>
    public static async Task<(GraphDiff Diff, bool Applied)> WriteGraphAsync(IGraphStore store, GraphData graph, bool dryRun, CancellationToken cancellationToken)
    {
        // The graph's hash (the marker) reads every element after the first changed one on one core: it runs beside
        // the snapshot read and the diff's lookups, and the diff waits for it at the end.
        _ = Task.Run(() => graph.ContentHash, CancellationToken.None);
        var (snapshot, marker) = await store.ReadSnapshotAndMarkerAsync(cancellationToken).ConfigureAwait(false);
        var diff = GraphDiff.Between(snapshot, graph);
        if (dryRun) return (diff, false);
        if (diff.IsEmpty && marker is { Complete: true } && marker.GraphHash == graph.ContentHash)
            return (diff, false);
        // Once the write starts it runs to commit or rollback; cancelling mid-transaction gains nothing.
        await store.ApplyAsync(diff, CancellationToken.None).ConfigureAwait(false);
        return (diff, !diff.IsEmpty);
    }
}
