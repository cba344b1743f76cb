namespace GraphBuilder.Web;

/// <summary>One seed problem as the page shows it: <c>path:line:column: message</c>.</summary>
internal sealed record ViewStatusError(string Path, int Line, int Column, string Message);
