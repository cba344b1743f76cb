using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>A sourced claim: <c>subject -[type]-> object</c>, optionally dated, with quotes.</summary>
public sealed record FactRecord(
    Field? Id,
    Field? Type,
    Field? Subject,
    Field? Object,
    Field? Date,
    Field? From,
    Field? To,
    Field? About,
    Field? Note,
    IReadOnlyList<CitationRecord> Sources,
    SourcePosition At);
