namespace GraphBuilder.Schema;

/// <summary>
/// A word or phrase that expresses relationship type <see cref="Type"/> in a quote (vocabulary.yaml's
/// <c>cues</c>), with where its parties stand (<see cref="Voice"/>). Matched as a <see cref="Phrase"/>.
/// </summary>
public sealed record RelationCue(string Type, Phrase Phrase, CueVoice Voice);
