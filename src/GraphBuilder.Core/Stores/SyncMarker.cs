namespace GraphBuilder.Stores;

/// <summary>
/// What a store records about the last sync that wrote to it: the content hash of the compiled graph
/// (<see cref="Graph.GraphData.ContentHash"/>) it was writing, whether that write finished
/// (<see cref="Complete"/> is false while a sync split into several transactions is interrupted
/// between commits) and when the marker was written.
/// </summary>
public sealed record SyncMarker(string GraphHash, bool Complete, DateTimeOffset WrittenAt);
