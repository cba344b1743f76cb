using System.Text;
using GraphBuilder.Graph;
using GraphBuilder.Schema;

namespace GraphBuilder.Web;

/// <summary>
/// Writes the graph as one self-contained HTML file (the page, cytoscape and the data inlined),
/// for <c>graphbuilder export --format html</c>. The file opens from disk with no network.
/// </summary>
public static class HtmlGraphExporter
{
    /// <summary>
    /// Writes UTF-8 HTML (no byte-order mark) to <paramref name="output"/>; leaves it open.
    /// <paramref name="vocabulary"/> gives the page each relationship type's category.
    /// </summary>
    public static void Write(GraphData graph, Vocabulary vocabulary, Stream output)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(GraphPage.RenderSelfContained(graph, vocabulary));
        output.Write(bytes);
        output.Flush();
    }
}
