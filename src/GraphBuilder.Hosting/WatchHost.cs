using GraphBuilder.Hosting.Diagnostics;
using GraphBuilder.Hosting.Web;
using GraphBuilder.Hosting.Worker;
using GraphBuilder.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphBuilder.Hosting;

/// <summary>
/// Builds the <c>watch</c> host: the pipeline, the store, the worker, its health checks and metrics, and (unless
/// <c>GraphBuilder:Web:Enabled</c> is false) the served graph view with <c>/health</c> and <c>/metrics</c>; with the
/// view off, those two are served only at <c>GraphBuilder:Health:Urls</c>. The CLI and the worker tests
/// both build it here, so the tests run the host users run.
/// </summary>
public static class WatchHost
{
    /// <summary>The log category of the worker's lines (one per sync), for a host that sets their level apart.</summary>
    public static readonly string WorkerLogCategory = typeof(SyncWorker).Namespace!;

    /// <param name="configuration">Every setting, read once by the caller; the host adds no sources of its own.</param>
    /// <param name="contentRoot">The host's content root (the working folder).</param>
    /// <param name="configure">Logging and extra registrations (e.g. listeners, a wrapped store), applied last.</param>
    public static IHost Build(IConfiguration configuration, string contentRoot, Action<IHostApplicationBuilder>? configure = null)
    {
        var web = configuration.GetSection(WebViewOptions.SectionName).Get<WebViewOptions>() ?? new WebViewOptions();
        // With the view off, /health and /metrics are served only where GraphBuilder:Health:Urls says, if anywhere.
        var healthUrls = configuration[$"{HealthOptions.SectionName}:{nameof(HealthOptions.Urls)}"];
        if (!web.Enabled && string.IsNullOrWhiteSpace(healthUrls))
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
            AddServices(builder, configuration, configure);
            return builder.Build();
        }

        var urls = web.Enabled ? WebViewUrls.Parse(web.Urls) : WebViewUrls.Parse(healthUrls!, WebViewUrls.HealthSetting);
        var webBuilder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = contentRoot });
        // Kestrel as the slim builder sets it up, https URLs included; nothing else of ASP.NET Core is needed.
        webBuilder.WebHost.UseKestrelCore().UseKestrelHttpsConfiguration().UseUrls(urls);
        webBuilder.Services.AddRoutingCore();
        AddServices(webBuilder, configuration, builder =>
        {
            if (web.Enabled) builder.Services.AddGraphBuilderWebView(configuration);
            else builder.Services.AddGraphViewHardening();
        }, configure);
        var app = webBuilder.Build();
        // The view's hardening (Host allow-list, security headers) goes in front of every endpoint, /health and /metrics included.
        if (web.Enabled) app.UseGraphBuilderWebView();
        else app.UseGraphViewHardening();
        app.MapGraphBuilderHealth();
        app.MapGraphBuilderMetrics();
        return app;
    }

    private static void AddServices(IHostApplicationBuilder builder, IConfiguration configuration, params Action<IHostApplicationBuilder>?[] extras)
    {
        // Options bind to the caller's configuration itself: a chained copy would read an empty value as unset.
        builder.Configuration.AddConfiguration(configuration);
        builder.Services.AddGraphBuilder(configuration);
        builder.Services.AddGraphBuilderWorker(configuration);
        builder.Services.AddGraphBuilderHealth(configuration);
        builder.Services.AddGraphBuilderMetrics(configuration);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        foreach (var extra in extras) extra?.Invoke(builder);
    }
}
