namespace GraphBuilder.Web;

/// <summary>An inline <c>&lt;style&gt;</c> block: optional element id and its text.</summary>
internal sealed record InlineBlock(string? Id, string Content);
