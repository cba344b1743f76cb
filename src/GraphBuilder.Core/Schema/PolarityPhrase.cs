namespace GraphBuilder.Schema;

/// <summary>One entry of vocabulary.yaml's <c>polarity</c> table.</summary>
public sealed record PolarityPhrase(PolarityKind Kind, Phrase Phrase);
