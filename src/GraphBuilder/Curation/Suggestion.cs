namespace GraphBuilder.Curation;

/// <summary>
/// A candidate fact read from one sentence of a report: <see cref="Subject"/> -[<see cref="Type"/>]-> <see cref="Object"/>,
/// the sentence as its quote, the cue that carried the type and how it was read, a date when the sentence gives one, and a
/// <see cref="Context"/> (an earlier sentence naming a party) when the quote names it only as "he", "the spokesperson" or
/// "it", or not at all ("rejected the accusations"; see <see cref="TargetMemory"/>: from another paragraph, validation flags
/// it for review). A suggestion until a curator keeps it.
/// </summary>
internal sealed record Suggestion(
    string SourceId, string Type, string Subject, string Object, string Quote, int Line, string Cue, string Reading, string? Date, string? Context = null)
{
    /// <summary>Tighter passages of the sentence to quote instead when the whole sentence fails validation, widest first.</summary>
    public IReadOnlyList<string> Narrower { get; init; } = [];

    /// <summary>
    /// The evidence flags <c>validate --strict</c> raised on this quote and nothing else (<see cref="SuggestionCheck"/>): none
    /// for a ready suggestion; for one that needs review, what the curator must read and acknowledge.
    /// </summary>
    public IReadOnlyList<SuggestionFlag> Flags { get; init; } = [];
}
