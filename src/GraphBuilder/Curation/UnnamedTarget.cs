namespace GraphBuilder.Curation;

/// <summary>
/// A cue whose clause names its <see cref="Agent"/> but not its target ("rejected the \"baseless accusations\""), and what
/// stands there instead: the earlier sentence naming the agent when the cue's does not (<see cref="Context"/>); quoted words
/// a preposition puts in a party's place, which a later sentence may name (<see cref="Phrase"/>: "blaming it on \"third
/// parties\""); the type of the act it is about (<see cref="Act"/>: "the new sanctions", "the accusations"), whose agent an
/// earlier sentence may name, and the party that act is against when the sentence names one (<see cref="ActAgainst"/>).
/// </summary>
internal sealed record UnnamedTarget(string Agent, string? Context, string? Phrase, string? Act, string? ActAgainst);
