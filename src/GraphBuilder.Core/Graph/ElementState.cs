namespace GraphBuilder.Graph;

/// <summary>What a store holds for one node or relationship: its label (or type) and content hash.</summary>
public readonly record struct ElementState(string LabelOrType, string Hash);
