using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>One <c>sources:</c> item of a fact or entity: a source id and a verbatim quote from its document.</summary>
public sealed record CitationRecord(Field? Source, Field? Quote, SourcePosition At);
