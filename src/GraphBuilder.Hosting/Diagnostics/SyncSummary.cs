using GraphBuilder.Hosting.Worker;

namespace GraphBuilder.Hosting.Diagnostics;

/// <summary>
/// What health answers need of one sync: small, so keeping the last one never keeps its diff alive.
/// <see cref="FirstErrors"/> holds at most <see cref="MaxErrors"/> problems as <c>path:line:column: message</c>.
/// </summary>
internal sealed record SyncSummary(
    SyncResult Result,
    SyncTrigger Trigger,
    DateTimeOffset At,
    TimeSpan Duration,
    string? GraphHash,
    int NodeCount,
    int RelationshipCount,
    int ErrorCount,
    IReadOnlyList<string> FirstErrors,
    string? Failure)
{
    public const int MaxErrors = 5;

    public static SyncSummary Of(SyncReport report)
    {
        var outcome = report.Outcome;
        var errors = outcome?.Diagnostics ?? [];
        return new SyncSummary(report.Result, report.Trigger, report.FinishedAt, report.Duration,
            outcome?.GraphHash, outcome?.NodeCount ?? 0, outcome?.RelationshipCount ?? 0, errors.Count,
            errors.Take(MaxErrors).Select(d => $"{d.Position.Path}:{d.Position.Line}:{d.Position.Column}: {d.Message}{(d.Hint is null ? "" : $" ({d.Hint})")}").ToArray(),
            report.Failure);
    }
}
