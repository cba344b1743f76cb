namespace GraphBuilder.Generation;

/// <summary>A planned fact; either <see cref="Date"/> or a <see cref="From"/>/<see cref="To"/> range (or neither).</summary>
public sealed record GeneratedFact(
    string Id, string Type, string Subject, string Object, string? Date, string? From, string? To, string? About, string? Note,
    IReadOnlyList<GeneratedCitation> Citations);
