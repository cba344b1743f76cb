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
/// Builds the <c>watch</c> host: the pipeline, the store, the worker and (unless
/// <c>GraphBuilder:Web:Enabled</c> is false) the served graph view. The CLI and the worker tests
/// both build it here, so the tests run the host users run.
/// </summary>
public static class WatchHost
{
    /// <param name="configuration">Every setting, read once by the caller; the host adds no sources of its own.</param>
    /// <param name="contentRoot">The host's content root (the working folder).</param>
    /// <param name="configure">Logging and extra registrations (e.g. listeners, a wrapped store), applied last.</param>
    public static IHost Build(IConfiguration configuration, string contentRoot, Action<IHostApplicationBuilder>? configure = null)
    {
        var web = configuration.GetSection(WebViewOptions.SectionName).Get<WebViewOptions>() ?? new WebViewOptions();
        if (!web.Enabled)
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
            AddServices(builder, configuration, configure);
            return builder.Build();
        }

        var urls = WebViewUrls.Parse(web.Urls);
        var webBuilder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = contentRoot });
        // Kestrel as the slim builder sets it up, https URLs included; nothing else of ASP.NET Core is needed.
        webBuilder.WebHost.UseKestrelCore().UseKestrelHttpsConfiguration().UseUrls(urls);
        webBuilder.Services.AddRoutingCore();
        AddServices(webBuilder, configuration, builder => builder.Services.AddGraphBuilderWebView(configuration), configure);
        var app = webBuilder.Build();
        app.UseGraphBuilderWebView();
        return app;
    }

    private static void AddServices(IHostApplicationBuilder builder, IConfiguration configuration, params Action<IHostApplicationBuilder>?[] extras)
    {
        // Options bind to the caller's configuration itself: a chained copy would read an empty value as unset.
        builder.Configuration.AddConfiguration(configuration);
        builder.Services.AddGraphBuilder(configuration);
        builder.Services.AddGraphBuilderWorker(configuration);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        foreach (var extra in extras) extra?.Invoke(builder);
    }
}
