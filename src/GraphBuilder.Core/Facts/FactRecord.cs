using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>
/// A sourced claim: <c>subject -[type]-> object</c>, optionally dated, with quotes. Facts that
/// report the same statement (one tweet read as several edges) share a <see cref="Statement"/> id;
/// <see cref="Disputes"/> names other facts whose account this one contradicts.
/// </summary>
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
    SourcePosition At,
    Field? Statement = null,
    IReadOnlyList<Field>? Disputes = null);
