using GraphBuilder.Facts;

namespace GraphBuilder.Validation;

/// <summary>
/// Whether a quote is about the parties it is cited for: the sentences it spans (or those of its
/// verified <c>context</c> quote) must name the entity by its name or an alias, as whole words,
/// case-sensitively ("US" is not "us"); a possessive "'s" may follow.
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
        var start = span.Start;
        while (start > first && !StartsSentence(text, start)) start--;
        var end = span.End;
        while (end < last && !StartsSentence(text, end)) end++;
        return new QuoteSpan(start, end);
    }

    /// <summary>True when one of <paramref name="names"/> occurs in the text's window as whole words.</summary>
    public static bool Names(string text, QuoteSpan window, IReadOnlyList<string> names)
    {
        // Indexed: a foreach over the interface would allocate an enumerator per citation.
        for (var n = 0; n < names.Count; n++)
        {
            var name = names[n];
            if (name.Length == 0) continue;
            for (var at = text.IndexOf(name, window.Start, window.End - window.Start, StringComparison.Ordinal); at >= 0;
                 at = at + 1 >= window.End ? -1 : text.IndexOf(name, at + 1, window.End - at - 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if (!Words.InsideWord(text, at) && (!Words.InsideWord(text, end) || Possessive(text, end))) return true;
            }
        }
        return false;
    }

    private static bool Possessive(string text, int end) =>
        end + 1 < text.Length && text[end] == '\'' && text[end + 1] == 's' && !Words.InsideWord(text, end + 2);

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
