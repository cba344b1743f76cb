namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// The bookmarks of the last committed sync, shared (as a singleton) by every store instance so a
/// query right after a sync sees its writes, even on a cluster.
/// </summary>
internal sealed class Neo4jBookmarks
{
    private IReadOnlyList<string> _latest = [];

    public IReadOnlyList<string> Latest => Volatile.Read(ref _latest);

    public void Set(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0) Volatile.Write(ref _latest, bookmarks.ToArray());
    }
}
