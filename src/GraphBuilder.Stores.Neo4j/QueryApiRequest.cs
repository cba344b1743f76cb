namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// One Cypher statement for the Query API. Every value travels in <see cref="Parameters"/>
/// (typed JSON); <see cref="Bookmarks"/> make the server wait for earlier writes.
/// </summary>
internal sealed record QueryApiRequest(
    string Statement,
    IReadOnlyDictionary<string, object?>? Parameters = null,
    IReadOnlyList<string>? Bookmarks = null);
