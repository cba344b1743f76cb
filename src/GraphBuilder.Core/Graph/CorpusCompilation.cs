namespace GraphBuilder.Graph;

/// <summary>A compile's graph and the per-file elements it was merged from, for a later compile to reuse.</summary>
internal sealed record CorpusCompilation(GraphData Graph, IReadOnlyList<FileElements> Files);
