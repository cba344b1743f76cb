using System.ComponentModel.DataAnnotations;
using GraphBuilder.Web;

namespace GraphBuilder.Hosting.Web;

/// <summary>The worker's web view (<c>GraphBuilder:Web</c>): on by default, on loopback only.</summary>
public sealed class WebViewOptions
{
    public const string SectionName = "GraphBuilder:Web";

    /// <summary>Serve the graph view while watching (<c>--no-web</c> turns it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where to listen; semicolon-separated like ASP.NET Core's <c>urls</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// Host names the view answers, semicolon-separated (<c>example.org</c>, <c>*.example.org</c>, or <c>*</c> for any);
    /// other Host headers get 400, so a DNS-rebinding page cannot read the graph. Loopback names only by default.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string AllowedHosts { get; set; } = string.Join(';', GraphViewHardening.LoopbackHosts);

    internal IReadOnlyList<string> AllowedHostList =>
        AllowedHosts.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
