namespace GraphBuilder.Queries;

/// <summary>
/// Selects relationships by type (empty = every type) and by the entity at each end.
/// <see cref="Subject"/>, <see cref="Object"/> and <see cref="Either"/> are ids, names or aliases.
/// </summary>
public sealed record RelationshipQuery(
    IReadOnlyList<string> Types,
    string? Subject = null,
    string? Object = null,
    string? Either = null);
