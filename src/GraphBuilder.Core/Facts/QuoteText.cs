using System.Runtime.CompilerServices;
using System.Buffers;
using System.Text;

namespace GraphBuilder.Facts;

/// <summary>
/// The normal form quotes and documents are compared in: accents composed (as NFC does, for Latin letters), whitespace
/// runs become one space, typographic quotes and apostrophes (U+2019, U+02BC ...) become ASCII,
/// hyphens, en dashes and minus signs become '-' (a hyphen typed for an en dash matches), and the
/// ellipsis character becomes "...". Em dashes stay: they separate clauses, not word parts.
/// </summary>
internal static class QuoteText
{
    public const string Gap = "...";

    // What the normal form never holds, so what ends a run Normalise copies as is: whitespace other than
    // a space (as char.IsWhiteSpace sees it), the replaced characters and combining accents.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && c != ' '),
         '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`', '\u02BC',
         '\u2010', '\u2011', '\u2012', '\u2013', '\u2212',
         .. Enumerable.Range(0x300, 0x70).Select(c => (char)c),
         '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\u2026']);

    private static readonly SearchValues<char> Combining = SearchValues.Create([.. Enumerable.Range(0x300, 0x70).Select(c => (char)c)]);

    /// <summary>True when <see cref="Normalise"/> would return the text unchanged (most quotes), so it can be used as is.</summary>
    [MethodImpl(HotPath.Options)]
    public static bool IsNormal(ReadOnlySpan<char> text)
    {
        // Whole-text searches rather than a loop per character: every quote is checked on every validation.
        if (text.IsEmpty) return true;
        return text[0] != ' ' && text[^1] != ' ' && !text.ContainsAny(Special) && !text.Contains("  ", StringComparison.Ordinal)
            && !text.Contains(BracketedGap, StringComparison.Ordinal) && !text.Contains(SpacedGap, StringComparison.Ordinal);
    }

    // Other ways quotes mark a gap; a quote's normal form writes them as Gap. (A document keeps them:
    // a quote that copies one matches it as a gap over no words.)
    private const string BracketedGap = "[...]";
    private const string SpacedGap = ". . .";

    /// <summary>A quote's (or a name's) normal form: as a document's, and "[...]" and ". . ." are gaps too.</summary>
    public static string Normalise(ReadOnlySpan<char> text)
    {
        var normal = Normalise(text, null);
        return normal.Contains(BracketedGap, StringComparison.Ordinal) || normal.Contains(SpacedGap, StringComparison.Ordinal)
            ? normal.Replace(BracketedGap, Gap, StringComparison.Ordinal).Replace(SpacedGap, Gap, StringComparison.Ordinal)
            : normal;
    }

    /// <summary>
    /// The normal form, noting in <paramref name="layout"/> (when given) where each paragraph
    /// (text after a blank line) and each line starts in it, since whitespace runs become one space.
    /// </summary>
    public static string Normalise(ReadOnlySpan<char> text, TextLayout? layout)
    {
        // Decomposed accents (NFD) compose first; the rare text that has one pays for a copy.
        if (text.ContainsAny(Combining)) text = Compose(text);
        // Built in a pooled buffer and copied once into the string: documents are tens of kilobytes each.
        var result = new PooledText(text.Length);
        try
        {
            var pendingSpace = false;
            int line = 1, newlines = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = result.Length > 0;
                    if (c == '\n') newlines++;
                    continue;
                }
                if (pendingSpace)
                {
                    result.Append(" ");
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
                    case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`' or '\u02BC': result.Append("'"); break;
                    case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212': result.Append("-"); break;
                    case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB': result.Append("\""); break;
                    case '\u2026': result.Append(Gap); break;
                    // An accent Compose had no letter for stays as it is.
                    case >= '\u0300' and <= '\u036F': result.Append(text.Slice(i, 1)); break;
                    default:
                        i += CopyRun(text, i, ref result) - 1;
                        break;
                }
            }
            return result.ToString();
        }
        finally
        {
            result.Dispose();
        }
    }

    // Latin letters followed by a combining accent become the precomposed letter (as NFC composes them).
    private static string Compose(ReadOnlySpan<char> text)
    {
        var composed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (LatinComposition.IsCombining(c) && composed.Length > 0 && LatinComposition.Compose(composed[^1], c) is var letter and not '\0')
                composed[^1] = letter;
            else composed.Append(c);
        }
        return composed.ToString();
    }

    /// <summary>
    /// Copies the text from <paramref name="start"/> (not whitespace, not replaced) up to the next character the
    /// rule would change, in one go: the normal form keeps ordinary characters and single spaces between them.
    /// Returns the number copied.
    /// </summary>
    private static int CopyRun(ReadOnlySpan<char> text, int start, ref PooledText result)
    {
        var end = text[start..].IndexOfAny(Special);
        end = end < 0 ? text.Length : start + end;
        var doubled = text[start..end].IndexOf("  ", StringComparison.Ordinal);
        if (doubled >= 0) end = start + doubled;
        // A space before other whitespace, or at the end, is part of a run the rule collapses or drops.
        else if (text[end - 1] == ' ') end--;
        result.Append(text[start..end]);
        return end - start;
    }
}
