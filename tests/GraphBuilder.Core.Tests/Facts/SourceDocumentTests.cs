using System.Text;
using CsCheck;
using GraphBuilder.Facts;

namespace GraphBuilder.Tests.Facts;

public sealed class SourceDocumentTests
{
    private static readonly SourceDocument Document = SourceDocument.FromText("documents/report.txt", """
        Albania accused Iran
        of the cyberattack.

           
        Iran’s foreign ministry    rejected it.
        """);

    // Texts of short words, spaces, line breaks, other whitespace and the characters the normal form replaces.
    private static readonly Gen<string> AnyText = Gen.OneOf(
            Gen.String[Gen.Char["ab"], 1, 4],
            Gen.Const(" "), Gen.Const("  "), Gen.Const("\n"), Gen.Const("\n\n"), Gen.Const("\r\n"),
            Gen.Char["\t\u00A0\u2028\u3000\u2019\u201C\u201D\u2026`'\".-"].Select(c => c.ToString()))
        .Array[0, 300].Select(pieces => string.Concat(pieces));

    [Fact]
    public void FromText_KeepsParagraphsAndLines_OfTheNormalisedText()
    {
        var rejected = Document.IndexOf("rejected it.", 0);

        Assert.Equal("Albania accused Iran of the cyberattack. Iran's foreign ministry rejected it.", Document.Text);
        Assert.Equal((0, 1), (Document.Layout.ParagraphOf(Document.IndexOf("cyberattack", 0)), Document.Layout.LineOf(0)));
        Assert.Equal(2, Document.Layout.LineOf(Document.IndexOf("of the", 0)));
        Assert.Equal((1, 5), (Document.Layout.ParagraphOf(rejected), Document.Layout.LineOf(rejected)));
        Assert.Equal((41, Document.Text.Length), Document.Layout.Paragraph(1, Document.Text.Length));
    }

    [Fact]
    public void AtWordStarts_FindsLongPartsOnlyAtTheStartOfAWord()
    {
        Assert.Equal([41], Document.AtWordStarts("Iran's foreign ministry"));
        Assert.Empty(Document.AtWordStarts("ran's foreign ministry"));
    }

    [Fact]
    public void Normalise_CopiesRunsAsIs_AndReplacesCharacterByCharacter_LikeTheCharacterRule()
    {
        AnyText.Sample(text =>
        {
            var layout = new TextLayout();
            var expected = new TextLayout();
            var normal = QuoteText.Normalise(text, layout);
            Assert.Equal(NormaliseByCharacter(text, expected), normal);
            for (var at = 0; at < normal.Length; at++)
                Assert.Equal((expected.ParagraphOf(at), expected.LineOf(at)), (layout.ParagraphOf(at), layout.LineOf(at)));
        });
    }

    [Fact]
    public void IsNormal_IsTrueExactlyWhenNormaliseKeepsTheText()
    {
        AnyText.Sample(text => Assert.Equal(QuoteText.Normalise(text) == text, QuoteText.IsNormal(text)));
        Assert.True(QuoteText.IsNormal("a b"));
        Assert.False(QuoteText.IsNormal("a  b"));
        Assert.False(QuoteText.IsNormal(" a"));
        Assert.False(QuoteText.IsNormal("a "));
        Assert.False(QuoteText.IsNormal("a\u00A0b"));
        Assert.False(QuoteText.IsNormal("a`b"));
    }

    [Fact]
    public void AtWordStarts_FindsEveryWordStartWhereThePartOccurs_InOrder()
    {
        AnyText.Select(Gen.Int[0, 299], Gen.Int[1, 30]).Sample((text, from, length) =>
        {
            var document = SourceDocument.FromText("doc.txt", text);
            var normal = document.Text;
            from = Math.Min(from, normal.Length);
            var part = normal.Substring(from, Math.Min(length, normal.Length - from));
            var expected = part.Length < 12 ? [] : Enumerable.Range(0, normal.Length)
                .Where(p => (p == 0 || normal[p - 1] == ' ') && normal.AsSpan(p).StartsWith(part, StringComparison.Ordinal));
            Assert.Equal(expected, document.AtWordStarts(part));
        });
    }

    // The normal form's rule, one character at a time (Normalise copies runs of ordinary characters at once).
    private static string NormaliseByCharacter(string text, TextLayout layout)
    {
        var result = new StringBuilder();
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
            if (pendingSpace) (pendingSpace, result) = (false, result.Append(' '));
            if (newlines > 0)
            {
                line += newlines;
                layout.Break(result.Length, line, paragraph: newlines > 1);
                newlines = 0;
            }
            result.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`' => "'",
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => "\"",
                '\u2026' => "...",
                _ => c.ToString(),
            });
        }
        return result.ToString();
    }
}
