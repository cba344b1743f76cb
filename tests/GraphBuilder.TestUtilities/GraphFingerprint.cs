using GraphBuilder.Graph;
using GraphBuilder.Stores.Embedded;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Testing;

/// <summary>Compares graphs by what a store keeps of them: every id with its label or type and content hash.</summary>
public static class GraphFingerprint
{
    public static string Of(StoreSnapshot snapshot) => string.Join('\n',
        snapshot.Nodes.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"node {kv.Key} {kv.Value.LabelOrType} {kv.Value.Hash}")
            .Concat(snapshot.Relationships.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"rel {kv.Key} {kv.Value.LabelOrType} {kv.Value.Hash}")));

    /// <summary>What the store file holds now, read with a fresh store (bypassing any test wrapper).</summary>
    public static async Task<string> OfStoreAsync(string databasePath) =>
        Of(await new SqliteGraphStore(Options.Create(new EmbeddedStoreOptions { Path = databasePath }))
            .ReadSnapshotAsync(CancellationToken.None));

    public static async Task<StoreSnapshot> SnapshotAsync(string databasePath) =>
        await new SqliteGraphStore(Options.Create(new EmbeddedStoreOptions { Path = databasePath })).ReadSnapshotAsync(CancellationToken.None);

    /// <summary>The graph the seeds folder compiles to now (it must be valid).</summary>
    public static string OfSeeds(string seedsFolder) => Of(StoreSnapshot.Of(SeedsCheck.Compile(seedsFolder)));
}
