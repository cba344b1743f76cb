namespace GraphBuilder.Validation;

/// <summary>One file's own checks, split by record kind so a full pass's order can be rebuilt, and its quote results.</summary>
internal sealed record FileChecks(IReadOnlyList<Diagnostic> Sources, IReadOnlyList<Diagnostic> Entities, IReadOnlyList<Diagnostic> Facts, QuoteMemo Quotes);
