using GraphBuilder.Facts;
using GraphBuilder.Validation;

namespace GraphBuilder.Graph;

/// <summary>
/// The outcome of load + validate + compile: the graph when the corpus is valid, otherwise every
/// error (and no graph, so nothing invalid can ever be written). Warnings come either way. A check
/// (<see cref="CorpusPipeline.Check"/>) compiles nothing: a valid corpus gives the graph's counts, no graph.
/// </summary>
public sealed record CompiledCorpus(GraphData? Graph, IReadOnlyList<Diagnostic> Diagnostics, int FilesTotal, int FilesParsed)
{
    private readonly GraphCounts? _counts;

    /// <summary>The graph's nodes per label and relationships per type, when valid.</summary>
    public GraphCounts? Counts
    {
        get => _counts ?? (Graph is null ? null : GraphCounts.Of(Graph));
        init => _counts = value;
    }

    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>What the evidence rules saw (validate's last line).</summary>
    public EvidenceTally Evidence { get; init; } = EvidenceTally.None;

    public bool IsValid => Graph is not null || _counts is not null;
}
