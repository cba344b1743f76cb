using GraphBuilder.Facts;
using GraphBuilder.Validation;

namespace GraphBuilder.Graph;

/// <summary>
/// The outcome of load + validate + compile: the graph when the corpus is valid, otherwise every
/// error (and no graph, so nothing invalid can ever be written). Warnings come either way.
/// </summary>
public sealed record CompiledCorpus(GraphData? Graph, IReadOnlyList<Diagnostic> Diagnostics, int FilesTotal, int FilesParsed)
{
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>What the evidence rules saw (validate's last line).</summary>
    public EvidenceTally Evidence { get; init; } = EvidenceTally.None;

    public bool IsValid => Graph is not null;
}
