using GraphBuilder.Hosting.Worker;
using GraphBuilder.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Hosting.Web;

public static class WebViewServiceCollectionExtensions
{
    /// <summary>
    /// Registers the served graph view for the worker: its options (validated at start), the view's
    /// services, and the listener that refreshes open pages after each sync that changed the store.
    /// </summary>
    public static IServiceCollection AddGraphBuilderWebView(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebViewOptions>()
            .Bind(configuration.GetSection(WebViewOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddGraphView();
        services.AddSingleton<ISyncListener, GraphViewSyncListener>();
        return services;
    }
}
