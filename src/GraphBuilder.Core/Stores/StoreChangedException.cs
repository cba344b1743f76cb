namespace GraphBuilder.Stores;

/// <summary>
/// The store changed between the snapshot a diff was computed from and the write that would apply it
/// (another process synced in between). Nothing was written; reading the snapshot again and recomputing
/// the diff resolves it, so it is transient.
/// </summary>
public sealed class StoreChangedException(string message) : StoreException(message, isTransient: true);
