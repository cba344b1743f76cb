using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Stores.Embedded;

public static class EmbeddedStoreServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SqliteGraphStore"/> and its options (bound from <c>GraphBuilder:Embedded</c>, validated at start).</summary>
    public static IServiceCollection AddEmbeddedGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmbeddedStoreOptions>()
            .Bind(configuration.GetSection(EmbeddedStoreOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SqliteGraphStore>();
        return services;
    }
}
