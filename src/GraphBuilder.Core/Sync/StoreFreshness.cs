using GraphBuilder.Graph;
using GraphBuilder.Stores;

namespace GraphBuilder.Sync;

/// <summary>
/// Says whether a store holds what the seeds compile to now, from its <see cref="SyncMarker"/>:
/// reads of the store (<c>query</c>, <c>export --from-store</c>, the web view) warn when it does not.
/// </summary>
public static class StoreFreshness
{
    /// <summary>A one-line warning naming what is wrong and what to run, or null when the store is current.</summary>
    public static string? Warning(SyncMarker? marker, CompiledCorpus compiled, string storeDescription)
    {
        if (marker is { Complete: false })
            return $"{storeDescription} holds a partial sync (interrupted after {marker.WrittenAt:u}); run 'graphbuilder sync' to finish it.";
        if (compiled.Graph is not { } graph)
            return $"the seeds do not validate now ({compiled.Diagnostics.Count} problem(s)); {storeDescription} holds the graph of an earlier sync. Run 'graphbuilder validate'.";
        if (marker is null)
            return $"{storeDescription} records no complete sync; run 'graphbuilder sync'.";
        return marker.GraphHash == graph.ContentHash
            ? null
            : $"{storeDescription} is behind the seeds (last synced {marker.WrittenAt:u}); run 'graphbuilder sync'.";
    }
}
