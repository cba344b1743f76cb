namespace GraphBuilder.Web;

/// <summary>
/// What one published version changed, as the page applies it: <see cref="Json"/> (written by
/// <see cref="GraphChangeJson"/>), or null when the change is not sent piecemeal, with <see cref="WhyNot"/> saying why.
/// </summary>
internal sealed record GraphChangeSet(long Version, byte[]? Json, string? WhyNot);
