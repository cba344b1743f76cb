namespace GraphBuilder.Schema;

/// <summary>An entity kind from the vocabulary (e.g. <c>state</c>) and the node label it compiles to.</summary>
public sealed record EntityKind(string Name, string Label, string Description);
