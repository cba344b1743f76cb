namespace GraphBuilder.Generation;

/// <summary>A planned source and the sentences of its document (the only text facts may quote).</summary>
public sealed record GeneratedSource(
    string Id, string Title, string Publisher, string Published, string Document, string? Url, string? Note,
    IReadOnlyList<string> Sentences);
