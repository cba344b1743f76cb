using GraphBuilder.Graph;
using GraphBuilder.Queries;

namespace GraphBuilder.Stores;

/// <summary>
/// A graph store adapter (SQLite, Neo4j, ...). Adapters do no retries of their own and let
/// failures propagate as <see cref="StoreException"/>; resilience is composed around them.
/// </summary>
public interface IGraphStore
{
    /// <summary>A human description for messages, e.g. "SQLite store graph.db". Never contains secrets.</summary>
    string Description { get; }

    /// <summary>
    /// Returns when the store answers, throws like the other members when it does not. Adapters override it
    /// with a trivial round trip (health checks call it often, under a timeout); the default reads a snapshot.
    /// </summary>
    Task PingAsync(CancellationToken cancellationToken) => ReadSnapshotAsync(cancellationToken);

    /// <summary>The ids, labels/types and content hashes of every GraphBuilder-managed element.</summary>
    Task<StoreSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies the diff and records <see cref="GraphDiff.GraphHash"/> as the graph of the last complete
    /// sync (see <see cref="ReadSyncMarkerAsync"/>); an empty diff only records the marker. A store that
    /// splits a large diff into several transactions marks itself partial until the last one commits.
    /// </summary>
    Task ApplyAsync(GraphDiff diff, CancellationToken cancellationToken);

    /// <summary>The marker the last sync wrote, or null when the store holds none (empty, or written by an older version).</summary>
    Task<SyncMarker?> ReadSyncMarkerAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The snapshot and the marker, as a sync needs them before it diffs. A store that can read both in
    /// the same round trips overrides this (Neo4j: the marker comes with the snapshot's first page).
    /// </summary>
    async Task<(StoreSnapshot Snapshot, SyncMarker? Marker)> ReadSnapshotAndMarkerAsync(CancellationToken cancellationToken) =>
        (await ReadSnapshotAsync(cancellationToken).ConfigureAwait(false), await ReadSyncMarkerAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>Reads the whole stored graph (for export and the web view).</summary>
    Task<GraphData> ReadGraphAsync(CancellationToken cancellationToken);

    /// <summary>Runs a relationship query; entity filters match ids, names or aliases, case-insensitively.</summary>
    Task<IReadOnlyList<RelationshipMatch>> FindRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken);
}
