using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphBuilder.Web;

/// <summary>Registration for the served graph view.</summary>
public static class GraphViewServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="GraphChangeBroadcaster"/> and <see cref="GraphViewStatus"/> singletons and, unless one is already
    /// registered, an <see cref="IGraphViewSource"/> reading the registered
    /// <see cref="GraphBuilder.Stores.IGraphStore"/> (<see cref="StoreGraphViewSource"/>).
    /// </summary>
    public static IServiceCollection AddGraphView(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<GraphChangeBroadcaster>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GraphViewStatus>();
        services.TryAddSingleton<IGraphViewSource, StoreGraphViewSource>();
        return services;
    }
}
