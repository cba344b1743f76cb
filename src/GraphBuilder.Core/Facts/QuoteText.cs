using System.Text;

namespace GraphBuilder.Facts;

/// <summary>
/// The normal form quotes and documents are compared in: whitespace runs become one space,
/// typographic quotes and apostrophes become ASCII, and the ellipsis character becomes "...".
/// </summary>
internal static class QuoteText
{
    public const string Gap = "...";

    /// <summary>True when <see cref="Normalise"/> would return the text unchanged (most quotes), so it can be used as is.</summary>
    public static bool IsNormal(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (i == 0 || i == text.Length - 1 || text[i - 1] == ' ') return false;
            }
            else if (char.IsWhiteSpace(c) || c is '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`'
                     or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\u2026') return false;
        }
        return true;
    }

    public static string Normalise(ReadOnlySpan<char> text) => Normalise(text, null);

    /// <summary>
    /// The normal form, noting in <paramref name="layout"/> (when given) where each paragraph
    /// (text after a blank line) and each line starts in it, since whitespace runs become one space.
    /// </summary>
    public static string Normalise(ReadOnlySpan<char> text, TextLayout? layout)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        int line = 1, newlines = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                if (c == '\n') newlines++;
                continue;
            }
            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }
            if (newlines > 0)
            {
                line += newlines;
                layout?.Break(result.Length, line, paragraph: newlines > 1);
                newlines = 0;
            }
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`': result.Append('\''); break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB': result.Append('"'); break;
                case '\u2026': result.Append(Gap); break;
                default: result.Append(c); break;
            }
        }
        return result.ToString();
    }
}
