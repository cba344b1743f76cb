namespace GraphBuilder.Curation;

/// <summary>
/// A source entry <c>add source</c> writes. <see cref="TitleFromText"/> says whether the title is printed in the document
/// (an HTML page's title) or the curator's (given with --title, or made from publisher and date for pasted text):
/// the entry files it under the matching marker (docs/seed-format.md, "sources").
/// </summary>
internal sealed record NewSource(
    string Id, string Title, bool TitleFromText, string? Dateline, string? Credit,
    string Publisher, DateOnly Published, string Document, string? Url, string? Note, string? Carries = null);
