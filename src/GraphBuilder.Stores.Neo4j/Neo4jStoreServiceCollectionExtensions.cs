using GraphBuilder.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Stores.Neo4j;

/// <summary>Registers the Neo4j store: validated options, the typed Query API client with its resilience pipeline, and <see cref="Neo4jGraphStore"/>.</summary>
public static class Neo4jStoreServiceCollectionExtensions
{
    /// <summary>Binds <see cref="Neo4jOptions"/> from <see cref="Neo4jOptions.SectionName"/>, validated on start.</summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection(Neo4jOptions.SectionName));
        return services.AddNeo4jGraphStoreCore();
    }

    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, Action<Neo4jOptions> configure)
    {
        services.AddOptions<Neo4jOptions>().Configure(configure);
        return services.AddNeo4jGraphStoreCore();
    }

    // Registers Neo4jGraphStore as itself, not as IGraphStore: the composition root picks the store.
    private static IServiceCollection AddNeo4jGraphStoreCore(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        services.AddHttpClient<QueryApiClient>()
            .AddResilienceHandler("neo4j-query-api", (builder, context) =>
                QueryApiResiliencePipeline.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<Neo4jOptions>>().Value));
        services.TryAddSingleton<Neo4jBookmarks>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Neo4jRetryPipeline>();
        // A factory: the store's constructor is internal like its collaborators, and the container calls only public ones.
        services.TryAddTransient(sp => new Neo4jGraphStore(sp.GetRequiredService<Vocabulary>(), sp.GetRequiredService<IOptions<Neo4jOptions>>(),
            sp.GetRequiredService<QueryApiClient>(), sp.GetRequiredService<Neo4jBookmarks>(), sp.GetRequiredService<Neo4jRetryPipeline>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<Neo4jGraphStore>>()));
        return services;
    }
}
