using GraphBuilder.Graph;
using GraphBuilder.Validation;

namespace GraphBuilder.Sync;

/// <summary>
/// What one sync did. When <see cref="Diagnostics"/> is non-empty the corpus was invalid and
/// nothing was written; otherwise <see cref="Diff"/> is what was (or, on a dry run, would be) applied.
/// </summary>
public sealed record SyncOutcome(
    IReadOnlyList<Diagnostic> Diagnostics,
    GraphDiff? Diff,
    bool Applied,
    int FilesTotal,
    int FilesParsed,
    int NodeCount,
    int RelationshipCount,
    TimeSpan Duration)
{
    /// <summary>Problems that do not stop the sync (quotes that may not support their fact).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    public bool IsValid => Diagnostics.Count == 0;

    /// <summary>The compiled graph's <see cref="GraphData.ContentHash"/> (null when the seeds were invalid).</summary>
    public string? GraphHash { get; init; }
}
