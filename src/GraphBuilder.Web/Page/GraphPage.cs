using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphBuilder.Export;
using GraphBuilder.Graph;
using GraphBuilder.Schema;

namespace GraphBuilder.Web;

/// <summary>
/// Renders the graph view page: cytoscape, the app's scripts and styles all inlined (no CDN, no
/// other requests), guarded by a Content-Security-Policy that allows exactly those inline
/// blocks. Text from the graph is only ever rendered as text by the page.
/// </summary>
internal static partial class GraphPage
{
    /// <summary>
    /// One HTML document holding the page and <paramref name="graph"/>; works opened from disk
    /// (file://) with no network. The graph JSON sits in a <c>&lt;script type="application/json"&gt;</c>
    /// element, escaped so no value can end it. <paramref name="vocabulary"/> tells the page which
    /// types are claims and which are structural links (without it every type is a claim).
    /// </summary>
    public static string RenderSelfContained(GraphData graph, Vocabulary? vocabulary)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var config = new PageConfig("embedded", TypesOf(vocabulary), null, null, null, null, null);
        return Render(config, JsonGraphWriter.ToJson(graph, indented: false), connectSource: "'none'");
    }

    /// <summary>
    /// The served page: it fetches the graph from <paramref name="graphUrl"/> and, when the
    /// server-sent events stream at <paramref name="eventsUrl"/> sends <c>graph-changed</c>, applies
    /// the change sets from <paramref name="changesUrl"/> (or refetches the graph when told to);
    /// it shows the sync status from <paramref name="statusUrl"/> and the stream's <c>status</c>
    /// events. Relative URLs resolve against the page's own URL.
    /// </summary>
    public static string RenderLive(Vocabulary? vocabulary, string graphUrl = "api/graph", string eventsUrl = "api/events", string statusUrl = "api/status", string changesUrl = "api/changes")
    {
        ArgumentException.ThrowIfNullOrEmpty(graphUrl);
        ArgumentException.ThrowIfNullOrEmpty(eventsUrl);
        ArgumentException.ThrowIfNullOrEmpty(statusUrl);
        ArgumentException.ThrowIfNullOrEmpty(changesUrl);
        // A large graph is first loaded as its busiest entities; the page fetches graphUrl for the rest.
        var firstGraphUrl = graphUrl + (graphUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "top=" + GraphFirstView.TopEntities.ToString(CultureInfo.InvariantCulture);
        var config = new PageConfig("live", TypesOf(vocabulary), graphUrl, eventsUrl, statusUrl, changesUrl, firstGraphUrl);
        return Render(config, "null", connectSource: "'self'");
    }

    /// <summary>
    /// The served page's policy as a response header: the meta tag's policy plus <c>frame-ancestors 'none'</c>,
    /// which browsers honour only in a header.
    /// </summary>
    internal static string LiveContentSecurityPolicy { get; } = ContentSecurityPolicy("'self'") + "; frame-ancestors 'none'";

    private static PageRelationshipType[] TypesOf(Vocabulary? vocabulary) =>
        vocabulary is null
            ? []
            : [.. vocabulary.RelationshipTypes.Values.Select(t => new PageRelationshipType(t.Name, t.Description, t.Category, t.SpeaksFor))];

    private static string Render(PageConfig config, string graphJson, string connectSource)
    {
        var assets = PageAssets.Instance;
        var configJson = JsonSerializer.Serialize(config, JsonSerializerOptions.Web);
        var csp = ContentSecurityPolicy(connectSource);

        // One pass over the template, so nothing substituted is ever scanned for placeholders.
        return Placeholder().Replace(assets.Template, match => match.Groups[1].Value switch
        {
            "CSP" => csp,
            "STYLES" => string.Concat(assets.Styles.Select(s =>
                (s.Id is null ? "<style>" : $"<style id=\"{s.Id}\">") + s.Content + "</style>\n")),
            "SCRIPTS" => string.Concat(assets.Scripts.Select(s => "<script>" + s + "</script>\n")),
            "CONFIG" => InlineJson.Escape(configJson),
            "DATA" => InlineJson.Escape(graphJson),
            var other => throw new InvalidOperationException($"Unknown page placeholder {{{{{other}}}}}."),
        });
    }

    private static string ContentSecurityPolicy(string connectSource)
    {
        var assets = PageAssets.Instance;
        return string.Join("; ",
            "default-src 'none'",
            "script-src " + string.Join(' ', assets.Scripts.Select(HashSource)),
            "style-src " + string.Join(' ', assets.Styles.Select(s => HashSource(s.Content))),
            "img-src data:",
            "connect-src " + connectSource,
            "base-uri 'none'",
            "form-action 'none'");
    }

    private static string HashSource(string inlineContent) =>
        "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inlineContent))) + "'";

    [GeneratedRegex(@"\{\{([A-Z]+)\}\}")]
    private static partial Regex Placeholder();

    private sealed record PageConfig(string Mode, IReadOnlyList<PageRelationshipType> Types, string? GraphUrl, string? EventsUrl, string? StatusUrl, string? ChangesUrl, string? FirstGraphUrl);
}
