using System.Reflection;

namespace GraphBuilder.Web;

/// <summary>
/// The page template, stylesheets and scripts embedded at build time (Assets/src and the npm
/// packages pinned by Assets/package-lock.json), loaded once and checked to be safe to inline.
/// </summary>
internal sealed class PageAssets
{
    // Script order matters: cytoscape, then fcose's dependency chain, then the app (app.js last).
    private static readonly string[] VendorScripts = ["cytoscape.min.js", "layout-base.js", "cose-base.js", "cytoscape-fcose.js"];
    private static readonly string[] AppScripts =
    [
        "dom.js", "model.js", "patch.js", "style.js", "shapes.js", "evidence.js", "details.js", "urlstate.js", "controls.js", "claims.js",
        "timeline.js", "matrix.js", "exporter.js", "banner.js", "live.js", "layout.js", "filters.js", "app.js",
    ];

    /// <summary>
    /// Cytoscape injects this stylesheet unless an element with its id exists; shipping it
    /// ourselves keeps every inline style covered by the page's CSP hashes.
    /// </summary>
    internal const string CytoscapeStylesheetId = "__________cytoscape_stylesheet";
    private const string CytoscapeStylesheet = ".__________cytoscape_container { position: relative; }";

    private static readonly Lazy<PageAssets> Loaded = new(Load);

    private PageAssets(string template, IReadOnlyList<InlineBlock> styles, IReadOnlyList<string> scripts)
    {
        Template = template;
        Styles = styles;
        Scripts = scripts;
    }

    public static PageAssets Instance => Loaded.Value;

    public string Template { get; }
    public IReadOnlyList<InlineBlock> Styles { get; }
    public IReadOnlyList<string> Scripts { get; }

    private static PageAssets Load()
    {
        var styles = new[]
        {
            new InlineBlock(CytoscapeStylesheetId, CytoscapeStylesheet),
            new InlineBlock(null, Read("Assets.app.css")),
        };
        var scripts = VendorScripts.Select(ReadVendorScript).Concat(AppScripts.Select(name => Read("Assets." + name))).ToArray();
        foreach (var style in styles) RejectBreakout(style.Content, "</style");
        foreach (var script in scripts) RejectBreakout(script, "</script");
        return new PageAssets(Read("Assets.index.html"), styles, scripts);
    }

    private static string ReadVendorScript(string name)
    {
        var script = Read("Vendor." + name);
        var license = TryRead("Vendor." + Path.GetFileNameWithoutExtension(name) + ".LICENSE");
        // Minified cytoscape carries its own notice; the fcose chain gets its LICENSE prepended.
        return license is null ? script : "/*! " + name + "\n" + license.Replace("*/", "* /", StringComparison.Ordinal) + "*/\n" + script;
    }

    // Inlined code must not be able to end its own element or open an HTML comment in it.
    private static void RejectBreakout(string content, string closingTag)
    {
        if (content.Contains(closingTag, StringComparison.OrdinalIgnoreCase) || content.Contains("<!--", StringComparison.Ordinal))
            throw new InvalidOperationException($"An embedded page asset contains '{closingTag}' or '<!--' and cannot be inlined safely.");
    }

    private static string Read(string name) =>
        TryRead(name) ?? throw new InvalidOperationException($"Embedded page asset GraphBuilder.Web.{name} is missing; rebuild GraphBuilder.Web.");

    private static string? TryRead(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("GraphBuilder.Web." + name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        // Browsers normalise newlines in inline blocks before checking CSP hashes, so we do too.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}
