namespace GraphBuilder.Web;

/// <summary>
/// The answer to "what changed after version N": every change set up to <see cref="Version"/> in order, or, when they
/// cannot all be given (the page's version is from another run of the server, too old, or a change was not kept
/// piecemeal), <see cref="ReloadBecause"/> saying why the page must reload the whole graph.
/// </summary>
internal sealed record GraphChangesSince(long Version, IReadOnlyList<GraphChangeSet> Changes, string? ReloadBecause);
