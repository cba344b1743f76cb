using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>A report facts are drawn from. Required fields are null only when the file already has an error for them.</summary>
public sealed record SourceRecord(
    Field? Id, Field? Title, Field? Publisher, Field? Published, Field? Document, Field? Url, Field? Note, SourcePosition At);
