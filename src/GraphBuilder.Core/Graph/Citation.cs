namespace GraphBuilder.Graph;

/// <summary>One source backing a relationship: which report, who published it, and the verbatim quote.</summary>
public sealed record Citation(string SourceId, string Publisher, string Title, DateOnly? Published, string Quote);
