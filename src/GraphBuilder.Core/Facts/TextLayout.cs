namespace GraphBuilder.Facts;

/// <summary>
/// Where paragraphs and lines start in a document's normal form (offsets into it), so quote
/// checks can keep a gap inside one paragraph and messages can name a document line.
/// A paragraph starts after a blank line; the text's start is paragraph 0, line 1.
/// </summary>
internal sealed class TextLayout
{
    private readonly List<int> _paragraphs = [0];
    private readonly List<int> _lineStarts = [0];
    private readonly List<int> _lines = [1];

    internal void Break(int offset, int line, bool paragraph)
    {
        if (paragraph && _paragraphs[^1] != offset) _paragraphs.Add(offset);
        _lineStarts.Add(offset);
        _lines.Add(line);
    }

    /// <summary>The number of the paragraph holding the character at <paramref name="offset"/>.</summary>
    public int ParagraphOf(int offset) => Floor(_paragraphs, offset);

    /// <summary>Where paragraph <paramref name="paragraph"/> starts and ends (exclusive) in a text of <paramref name="length"/> characters.</summary>
    public (int Start, int End) Paragraph(int paragraph, int length) =>
        (_paragraphs[paragraph], paragraph + 1 < _paragraphs.Count ? _paragraphs[paragraph + 1] : length);

    /// <summary>The document line (1-based) the character at <paramref name="offset"/> came from.</summary>
    public int LineOf(int offset) => _lines[Floor(_lineStarts, offset)];

    // The index of the last start at or before the offset.
    private static int Floor(List<int> starts, int offset)
    {
        var at = starts.BinarySearch(offset);
        return at >= 0 ? at : Math.Max(0, ~at - 1);
    }
}
