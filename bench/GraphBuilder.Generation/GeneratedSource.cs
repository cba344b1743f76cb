namespace GraphBuilder.Generation;

/// <summary>A planned source and the opening sentences of its document (entities quote them; facts add their own).</summary>
public sealed record GeneratedSource(
    string Id, string Title, string Publisher, string Published, string Document, string? Url, string? Note,
    IReadOnlyList<string> Sentences);
