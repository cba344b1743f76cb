namespace GraphBuilder.Validation.Evidence;

/// <summary>A rule a citation breaks: the message says what the words read as, the hint what would fix it.</summary>
internal sealed record EvidenceFlag(EvidenceRule Rule, string Message, string Hint);
