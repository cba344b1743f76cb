using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Web;

/// <summary>
/// Checks <c>GraphBuilder:Web:Urls</c> (and <c>GraphBuilder:Health:Urls</c>) before Kestrel sees them: Kestrel rejects "localhost:5099" only
/// when the host starts, with a <see cref="FormatException"/> and a stack trace.
/// </summary>
public static class WebViewUrls
{
    /// <summary>The settings whose URLs are checked here, named as messages name them.</summary>
    public const string WebSetting = "GraphBuilder:Web:Urls / --web-urls";
    public const string HealthSetting = "GraphBuilder:Health:Urls / --health-urls";

    /// <summary>The semicolon-separated URLs, or an options failure naming the bad ones.</summary>
    public static string[] Parse(string urls, string setting = WebSetting)
    {
        var list = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var bad = list.Select(url => Problem(url, setting)).OfType<string>().ToList();
        if (list.Length == 0) bad.Add($"{setting} is empty");
        return bad.Count == 0 ? list : throw new OptionsValidationException(WebViewOptions.SectionName, typeof(WebViewOptions), bad);
    }

    /// <summary>Why one URL cannot be listened on, or null when it can.</summary>
    public static string? Problem(string url, string setting = WebSetting)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme < 0 ? "" : url[(scheme + 3)..];
        return scheme > 0 && url[..scheme] is "http" or "https" && rest.Length > 0 && rest[0] != ':' && rest[0] != '/'
            ? null
            : $"'{url}' is not a URL to listen on; write it like http://127.0.0.1:5080 ({setting})";
    }
}
