namespace GraphBuilder.Generation;

/// <summary>What a generator run wrote.</summary>
public sealed record GenerationSummary(int Files, int Sources, int Documents, int Entities, int EntityLinks, int Facts, long Bytes);
