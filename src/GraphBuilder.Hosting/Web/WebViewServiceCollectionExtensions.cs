using GraphBuilder.Hosting.Worker;
using GraphBuilder.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Web;

public static class WebViewServiceCollectionExtensions
{
    /// <summary>
    /// Registers the served graph view for the worker: its options (validated at start), the view's
    /// services, its hardening (Host allow-list from <see cref="WebViewOptions.AllowedHosts"/>, security
    /// headers, no Server header) and the listener that refreshes open pages after each sync that changed the store.
    /// </summary>
    public static IServiceCollection AddGraphBuilderWebView(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebViewOptions>()
            .Bind(configuration.GetSection(WebViewOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebViewOptions>, WebViewOptionsValidator>());
        services.AddGraphView();
        services.AddGraphViewHardening();
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<WebViewOptions>>((filter, web) => filter.AllowedHosts = [.. web.Value.AllowedHostList]);
        services.AddSingleton<ISyncListener, GraphViewSyncListener>();
        return services;
    }

    /// <summary>Puts the hardening in front, then maps the view; endpoints mapped afterwards sit behind the same filter.</summary>
    public static WebApplication UseGraphBuilderWebView(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseGraphViewHardening();
        app.MapGraphView();
        return app;
    }
}
