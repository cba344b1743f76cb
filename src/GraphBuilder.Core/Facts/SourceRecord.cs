using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>
/// A report facts are drawn from. Required fields are null only when the file already has an
/// error for them. <see cref="Title"/>, <see cref="Dateline"/> and <see cref="Credit"/> come from
/// the document's text (the last two are checked against it); <see cref="Publisher"/>,
/// <see cref="Published"/>, <see cref="Url"/>, <see cref="Note"/> and <see cref="Carries"/> (the agency or outlet whose
/// report this source reprints, so copies of one report count as one origin: see <see cref="Queries.ReportOrigins"/>) are the curator's.
/// <see cref="Body"/> ("FIRST-LAST", document lines) marks where the report's body is: quotes from other lines
/// (the headline, links, footers) are flagged.
/// </summary>
public sealed record SourceRecord(
    Field? Id, Field? Title, Field? Publisher, Field? Published, Field? Document, Field? Url, Field? Note, SourcePosition At,
    Field? Dateline = null, Field? Credit = null, Field? Carries = null, Field? Body = null);
