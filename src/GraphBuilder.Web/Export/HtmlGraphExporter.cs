using System.Text;
using GraphBuilder.Graph;

namespace GraphBuilder.Web;

/// <summary>
/// Writes the graph as one self-contained HTML file (the page, cytoscape and the data inlined),
/// for <c>graphbuilder export --format html</c>. The file opens from disk with no network.
/// </summary>
public static class HtmlGraphExporter
{
    /// <summary>Writes UTF-8 HTML (no byte-order mark) to <paramref name="output"/>; leaves it open.</summary>
    public static void Write(GraphData graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(GraphPage.RenderSelfContained(graph));
        output.Write(bytes);
        output.Flush();
    }
}
