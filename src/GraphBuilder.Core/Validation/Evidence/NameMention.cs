namespace GraphBuilder.Validation.Evidence;

/// <summary>A mention of entity <see cref="EntityId"/> by one of its names: <c>text[Start..End]</c> (a plural or possessive ending included).</summary>
public readonly record struct NameMention(int Start, int End, string EntityId);
