namespace GraphBuilder.Validation.Evidence;

/// <summary>Where a phrase of a <see cref="PhraseTable{T}"/> occurs in a text: <c>text[Start..End]</c>, and the entry's value.</summary>
public readonly record struct PhraseMatch<T>(int Start, int End, T Value);
