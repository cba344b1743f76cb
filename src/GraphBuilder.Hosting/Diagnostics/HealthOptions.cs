using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Hosting.Diagnostics;

/// <summary>The worker's health endpoint (<c>GraphBuilder:Health</c>).</summary>
public sealed class HealthOptions
{
    public const string SectionName = "GraphBuilder:Health";

    /// <summary>How long the store check waits for the store to answer before calling it unreachable.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00", ErrorMessage = "GraphBuilder:Health:StoreTimeout must be between 1 ms and 5 minutes")]
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Where <c>/health</c> and <c>/metrics</c> listen when the graph view is off (<c>--no-web</c>); semicolon-separated.
    /// Unset: with the view off nothing listens. With the view on they are served at the view's URLs and this is ignored.
    /// </summary>
    public string? Urls { get; set; }
}
