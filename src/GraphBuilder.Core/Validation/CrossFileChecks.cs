namespace GraphBuilder.Validation;

/// <summary>The checks that read every file at once: ids defined twice, and entity links whose ids collide.</summary>
internal sealed record CrossFileChecks(IReadOnlyList<Diagnostic> Duplicates, IReadOnlyList<Diagnostic> Links);
