using GraphBuilder.Facts;

namespace GraphBuilder.Validation;

/// <summary>
/// Where a quote's sentences lie in its document: the evidence rules read the words just outside
/// a quote within them, and a gap may not cross from one into the next.
/// </summary>
internal static class SupportCheck
{
    /// <summary>The text from the start of the sentence holding the span's start to the end of the one holding its end.</summary>
    public static QuoteSpan Sentences(SourceDocument document, QuoteSpan span)
    {
        var text = document.Text;
        var layout = document.Layout;
        var first = layout.Paragraph(layout.ParagraphOf(span.Start), text.Length).Start;
        var last = layout.Paragraph(layout.ParagraphOf(Math.Max(span.Start, span.End - 1)), text.Length).End;
        // A sentence starts only after a space: step from space to space rather than character by character.
        var start = span.Start;
        while (start > first && !StartsSentence(text, start))
        {
            var space = text.AsSpan(first, start - 1 - first).LastIndexOf(' ');
            start = space < 0 ? first : first + space + 1;
        }
        var end = span.End;
        while (end < last && !StartsSentence(text, end))
        {
            var space = text.AsSpan(end, last - 1 - end).IndexOf(' ');
            end = space < 0 ? last : end + space + 1;
        }
        return new QuoteSpan(start, end);
    }

    // A sentence starts after ". ", "! " or "? " (closing quotes or brackets may sit between) and
    // with a capital, digit or quotation mark; a full stop after a single letter ("U.S.") is an initial.
    internal static bool StartsSentence(string text, int at)
    {
        if (at < 2 || text[at - 1] != ' ') return false;
        var c = text[at];
        if (!(char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'')) return false;
        var j = at - 2;
        while (j >= 0 && text[j] is '"' or '\'' or ')') j--;
        if (j < 0 || text[j] is not ('.' or '!' or '?')) return false;
        return !(text[j] == '.' && j >= 1 && char.IsLetter(text[j - 1]) && (j < 2 || !char.IsLetter(text[j - 2])));
    }
}
