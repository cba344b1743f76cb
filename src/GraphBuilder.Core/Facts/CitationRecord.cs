using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>
/// One <c>sources:</c> item of a fact or entity: a source id and a verbatim quote from its
/// document, and optionally a verbatim <see cref="Context"/> near it that names a party the quote
/// refers to only by pronoun or title.
/// </summary>
public sealed record CitationRecord(Field? Source, Field? Quote, SourcePosition At, Field? Context = null);
