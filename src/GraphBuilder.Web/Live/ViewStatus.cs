namespace GraphBuilder.Web;

/// <summary>
/// What the served view tells its reader about the graph it shows (<c>/api/status</c>, and the
/// <c>status</c> server-sent event). <see cref="State"/> is <c>unknown</c> (no sync yet),
/// <c>ok</c> (the store matches the seeds), <c>invalid</c> (the seeds have <see cref="Errors"/>;
/// the store keeps the last good graph), <c>behind</c> (the store could not be written:
/// <see cref="Message"/> says why) or <c>partial</c> (a write failed between the commits of a sync
/// split into several transactions, so the store holds part of it).
/// </summary>
internal sealed record ViewStatus(string State, string? Message, IReadOnlyList<ViewStatusError> Errors, DateTimeOffset? At)
{
    /// <summary>Before the first sync has been reported.</summary>
    public static ViewStatus Unknown { get; } = new("unknown", null, [], null);
}
