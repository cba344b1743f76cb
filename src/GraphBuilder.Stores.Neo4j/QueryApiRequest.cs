namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// One Cypher statement for the Query API. Every value travels in <see cref="Parameters"/>
/// (typed JSON); <see cref="Bookmarks"/> make the server wait for earlier writes.
/// </summary>
internal sealed record QueryApiRequest(
    string Statement,
    IReadOnlyDictionary<string, object?>? Parameters = null,
    IReadOnlyList<string>? Bookmarks = null)
{
    /// <summary>For a merge: the ids of its rows, every one of which the answer's written ids must hold.</summary>
    public IReadOnlyList<string>? MustWrite { get; init; }
}
