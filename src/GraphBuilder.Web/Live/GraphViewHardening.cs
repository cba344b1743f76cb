using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Web;

/// <summary>
/// What stands between the served view (and any endpoint mapped after it, such as health or metrics) and
/// a stranger: only allowed Host names are answered (loopback by default, so a DNS-rebinding page cannot
/// read the graph through a victim's browser), every response carries a Content-Security-Policy with
/// <c>frame-ancestors 'none'</c>, <c>X-Frame-Options: DENY</c>, <c>nosniff</c> and <c>no-referrer</c>,
/// and Kestrel sends no <c>Server</c> header.
/// </summary>
public static class GraphViewHardening
{
    /// <summary>The Host names answered unless configured otherwise: this machine only.</summary>
    public static readonly IReadOnlyList<string> LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>
    /// Registers the Host allow-list (<paramref name="allowedHosts"/>, default <see cref="LoopbackHosts"/>;
    /// ASP.NET Core host-filtering syntax: <c>example.org</c>, <c>*.example.org</c>, or <c>*</c> for any)
    /// and turns Kestrel's <c>Server</c> header off.
    /// </summary>
    public static IServiceCollection AddGraphViewHardening(this IServiceCollection services, IEnumerable<string>? allowedHosts = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var hosts = (allowedHosts ?? LoopbackHosts).ToList();
        services.AddHostFiltering(o =>
        {
            o.AllowedHosts = hosts;
            // HTTP/1.0 requests without a Host header are refused too.
            o.AllowEmptyHosts = false;
            o.IncludeFailureMessage = false;
        });
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        return services;
    }

    /// <summary>Adds the Host filter and the security headers; call before mapping endpoints so they all sit behind it.</summary>
    public static IApplicationBuilder UseGraphViewHardening(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<HostFilteringMiddleware>().UseMiddleware<SecurityHeadersMiddleware>();
    }
}
