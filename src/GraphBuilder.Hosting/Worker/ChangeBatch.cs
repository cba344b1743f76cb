namespace GraphBuilder.Hosting.Worker;

/// <summary>The change signals one debounced sync answers.</summary>
/// <param name="Signals">How many signals arrived.</param>
/// <param name="Overflow">Whether any said events may have been lost.</param>
/// <param name="Paths">The distinct paths named, in first-seen order.</param>
internal sealed record ChangeBatch(int Signals, bool Overflow, IReadOnlyList<string> Paths)
{
    public SyncTrigger Trigger => Overflow ? SyncTrigger.Overflow : SyncTrigger.Change;

    public static ChangeBatch Of(IReadOnlyCollection<SeedChange> changes) => new(
        changes.Count,
        changes.Any(c => c.Kind == SeedChangeKind.Overflow),
        changes.Select(c => c.Path).Distinct(StringComparer.Ordinal).ToArray());
}
