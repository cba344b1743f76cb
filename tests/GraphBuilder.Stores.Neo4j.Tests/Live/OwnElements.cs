using GraphBuilder.Graph;

namespace GraphBuilder.Stores.Neo4j.Tests.Live;

/// <summary>The live suite touches only elements whose ids start with <see cref="Prefix"/>, so other data in the database is never changed.</summary>
internal static class OwnElements
{
    public const string Prefix = "gb-live-";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Syncs <paramref name="graph"/> as the whole of the suite's elements (an empty graph removes them).</summary>
    public static async Task SyncAsync(Neo4jGraphStore store, GraphData graph) =>
        await store.ApplyAsync(Diff(await store.ReadSnapshotAsync(Token), graph), Token);

    public static GraphDiff Diff(StoreSnapshot snapshot, GraphData graph) => GraphDiff.Between(
        new StoreSnapshot(
            snapshot.Nodes.Where(p => p.Key.StartsWith(Prefix, StringComparison.Ordinal)).ToDictionary(),
            snapshot.Relationships.Where(p => p.Key.StartsWith(Prefix, StringComparison.Ordinal)).ToDictionary()),
        graph);

    public static GraphData Of(GraphData graph) => new(
        graph.Nodes.Where(n => n.Id.StartsWith(Prefix, StringComparison.Ordinal)),
        graph.Relationships.Where(r => r.Id.StartsWith(Prefix, StringComparison.Ordinal)));
}
