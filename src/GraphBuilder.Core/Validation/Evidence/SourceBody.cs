namespace GraphBuilder.Validation.Evidence;

/// <summary>A source's <c>body: FIRST-LAST</c>: the document lines that hold the report itself, not its headline or page furniture.</summary>
internal static class SourceBody
{
    /// <summary>The lines, or null when the text is not two line numbers, the first not after the second.</summary>
    public static (int First, int Last)? Parse(string text)
    {
        var dash = text.IndexOf('-');
        if (dash <= 0 || !int.TryParse(text.AsSpan(0, dash), out var first) || !int.TryParse(text.AsSpan(dash + 1), out var last)) return null;
        return first >= 1 && first <= last ? (first, last) : null;
    }
}
