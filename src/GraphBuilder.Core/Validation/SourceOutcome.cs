namespace GraphBuilder.Validation;

/// <summary>What a source's document said of it (<see cref="DocumentChecks"/>): why it is unusable, or whether the source's dateline and credit are missing from it.</summary>
internal readonly record struct SourceOutcome(string? Problem, bool DatelineMissing, bool CreditMissing);
