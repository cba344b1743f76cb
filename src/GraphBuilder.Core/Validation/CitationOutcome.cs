using GraphBuilder.Facts;
using GraphBuilder.Validation.Evidence;

namespace GraphBuilder.Validation;

/// <summary>
/// What a citation's document said of it (<see cref="DocumentChecks"/>), for the file's check to report: nothing when
/// not <see cref="Checked"/> (no readable document); else the quote's span, or its problem with the hint to give (for a
/// missing part); and for a fact's citation whose quote holds, its context's problem or the evidence flags raised.
/// </summary>
internal readonly record struct CitationOutcome(bool Checked, QuoteSpan Span, QuoteProblem? Problem, string? Hint, QuoteProblem? ContextProblem, EvidenceFlag[]? Flags)
{
    /// <summary>The document checked against, when the documents are held (for a later check to compare; see <see cref="QuoteMemo"/>).</summary>
    public DocumentLoad? Load { get; init; }
}
