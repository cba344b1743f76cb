using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GraphBuilder.Curation;

/// <summary>
/// A saved web page as plain text for a source document: AngleSharp parses the HTML as a browser
/// would (entities, broken markup), then each block element becomes one line, so quotes can be
/// found and cited by line. Scripts, styles and navigation chrome are dropped.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "noscript", "template", "svg", "nav", "head", "iframe", "form", "button" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "li", "ul", "ol",
        "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "figcaption", "figure", "dd", "dt", "br", "hr", "title",
    };

    /// <returns>The text, one block a line, and the page's title (null when it has none).</returns>
    public static (string Text, string? Title) Convert(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var lines = new List<string>();
        var line = new StringBuilder();
        var title = Normalise(document.Title ?? "");
        if (title.Length > 0) lines.Add(title);
        Walk(document.Body ?? (INode)document.DocumentElement, line, lines);
        Flush(line, lines);
        return (string.Join("\n", lines) + "\n", title.Length > 0 ? title : null);
    }

    private static void Walk(INode node, StringBuilder line, List<string> lines)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                line.Append(text.Data);
            }
            else if (child is IElement element && !Skipped.Contains(element.LocalName))
            {
                var block = Blocks.Contains(element.LocalName);
                if (block) Flush(line, lines);
                Walk(element, line, lines);
                if (block) Flush(line, lines);
            }
        }
    }

    private static void Flush(StringBuilder line, List<string> lines)
    {
        var text = Normalise(line.ToString());
        line.Clear();
        if (text.Length > 0) lines.Add(text);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
