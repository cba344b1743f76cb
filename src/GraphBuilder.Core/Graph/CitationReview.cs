namespace GraphBuilder.Graph;

/// <summary>
/// A curator's acknowledgement of one evidence flag on a citation: the rule it answers, who read
/// the passage, when (as written, yyyy-MM-dd), and why the citation stands.
/// </summary>
public sealed record CitationReview(string Flag, string By, string On, string Note);
