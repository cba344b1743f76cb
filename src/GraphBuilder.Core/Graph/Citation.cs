namespace GraphBuilder.Graph;

/// <summary>
/// One source backing a relationship: which report, who published it, the verbatim quote, and the
/// curator's <see cref="Reviews"/> of its evidence flags (part of its content, so of the hash).
/// </summary>
public sealed record Citation(string SourceId, string Publisher, string Title, DateOnly? Published, string Quote)
{
    public IReadOnlyList<CitationReview> Reviews { get; init; } = [];

    // Reviews compare by content, so a citation read back from a store equals the one written.
    public bool Equals(Citation? other) =>
        other is not null && SourceId == other.SourceId && Publisher == other.Publisher && Title == other.Title
        && Published == other.Published && Quote == other.Quote && Reviews.SequenceEqual(other.Reviews);

    public override int GetHashCode() => HashCode.Combine(SourceId, Publisher, Title, Published, Quote, Reviews.Count);
}
