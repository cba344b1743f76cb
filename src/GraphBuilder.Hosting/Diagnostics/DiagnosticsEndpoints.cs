using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphBuilder.Hosting.Diagnostics;

/// <summary>
/// Maps <c>GET /health</c> and <c>GET /metrics</c>. Map them on the same app as the graph view, so the view's
/// middleware (Host allow-list, security headers) applies to them too.
/// </summary>
public static class DiagnosticsEndpoints
{
    public const string HealthPath = "/health";
    public const string MetricsPath = "/metrics";

    // As every endpoint of the view: another method gets 405 with "Allow: GET, HEAD".
    private static readonly HttpMethodMetadata GetOrHead = new([HttpMethods.Get, HttpMethods.Head]);

    /// <summary><c>/health</c>: JSON (see <see cref="HealthResponseWriter"/>); 200 when Healthy or Degraded, 503 when Unhealthy.</summary>
    public static IEndpointConventionBuilder MapGraphBuilderHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(HealthPath, new HealthCheckOptions
        {
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).WithMetadata(GetOrHead);

    /// <summary><c>/metrics</c>: every GraphBuilder instrument in Prometheus text format.</summary>
    public static IEndpointConventionBuilder MapGraphBuilderMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath).WithMetadata(GetOrHead);
}
