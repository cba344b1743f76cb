using System.Text;

namespace GraphBuilder.Facts;

/// <summary>
/// The normal form quotes and documents are compared in: whitespace runs become one space,
/// typographic quotes and apostrophes become ASCII, and the ellipsis character becomes "...".
/// </summary>
public static class QuoteText
{
    public const string Gap = "...";

    public static string Normalise(ReadOnlySpan<char> text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
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
