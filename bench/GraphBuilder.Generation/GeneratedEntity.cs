namespace GraphBuilder.Generation;

/// <summary>A planned entity: its kind, names, and links keyed by the vocabulary's entity fields.</summary>
public sealed record GeneratedEntity(
    string Id, string Kind, string Name, IReadOnlyList<string> Aliases, string? Role, string? Note,
    IReadOnlyList<(string Field, string Target)> Links, IReadOnlyList<GeneratedCitation> Citations);
