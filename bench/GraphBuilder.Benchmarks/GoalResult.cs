namespace GraphBuilder.Benchmarks;

/// <summary>The issue-27 goals at one size: every sample of each paired run, in run order, and the load average around them.</summary>
public sealed record GoalResult
{
    public required int Facts { get; init; }
    public required double YamlMegabytes { get; init; }
    public required List<TimedProcess> Floor { get; init; }
    public required List<TimedProcess> Validate { get; init; }
    public required List<TimedProcess> Sync { get; init; }

    /// <summary>Empty when python3 with PyYAML is not installed.</summary>
    public required List<TimedProcess> Peer { get; init; }

    public required string LoadBefore { get; init; }
    public required string LoadAfter { get; init; }
}
