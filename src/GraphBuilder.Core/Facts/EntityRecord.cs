using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>A state, organisation or official (the kinds come from the vocabulary).</summary>
public sealed record EntityRecord(
    Field? Id,
    Field? Kind,
    Field? Name,
    IReadOnlyList<Field> Aliases,
    Field? Role,
    Field? Note,
    IReadOnlyList<EntityLink> Links,
    IReadOnlyList<CitationRecord> Sources,
    SourcePosition At);
