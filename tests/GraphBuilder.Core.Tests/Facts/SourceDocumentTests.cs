using GraphBuilder.Facts;

namespace GraphBuilder.Tests.Facts;

public sealed class SourceDocumentTests
{
    private static readonly SourceDocument Document = SourceDocument.FromText("documents/report.txt", """
        Albania accused Iran
        of the cyberattack.

           
        Iran’s foreign ministry    rejected it.
        """);

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
}
