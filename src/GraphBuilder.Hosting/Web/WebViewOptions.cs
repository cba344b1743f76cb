using System.ComponentModel.DataAnnotations;

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
}
