namespace GraphBuilder.Graph;

/// <summary>An element the store holds that the compiled graph no longer has.</summary>
public readonly record struct RemovedElement(string Id, string LabelOrType);
