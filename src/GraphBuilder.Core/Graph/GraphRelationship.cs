namespace GraphBuilder.Graph;

/// <summary>
/// A compiled relationship (one per fact, or per entity link). <see cref="Sources"/> is its
/// provenance; <see cref="Hash"/> covers type, endpoints, properties and sources.
/// </summary>
public sealed record GraphRelationship(
    string Id,
    string Type,
    string StartId,
    string EndId,
    PropertyMap Properties,
    IReadOnlyList<Citation> Sources,
    string Hash);
