namespace GraphBuilder.Queries;

/// <summary>
/// Selects relationships by type (empty = every type) and by the entity at each end.
/// <see cref="Subject"/>, <see cref="Object"/> and <see cref="Either"/> are ids, names or aliases,
/// trimmed here once so every store matches them alike; a blank one means no filter.
/// Stores compare them case-insensitively.
/// </summary>
public sealed record RelationshipQuery(
    IReadOnlyList<string> Types,
    string? Subject = null,
    string? Object = null,
    string? Either = null)
{
    public string? Subject { get; } = EntityFilter(Subject);
    public string? Object { get; } = EntityFilter(Object);
    public string? Either { get; } = EntityFilter(Either);

    /// <summary>A user's entity filter as stores receive it: trimmed, or null when blank.</summary>
    public static string? EntityFilter(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
