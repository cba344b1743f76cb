using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Schema;
using GraphBuilder.Stores;
using GraphBuilder.Stores.Embedded;
using GraphBuilder.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting;

public static class GraphBuilderServiceCollectionExtensions
{
    /// <summary>
    /// Registers the whole pipeline: options (validated at start), the vocabulary and canned queries
    /// from the schema folder, the corpus pipeline, the configured store and the sync service.
    /// </summary>
    public static IServiceCollection AddGraphBuilder(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphBuilderOptions>()
            .Bind(configuration.GetSection(GraphBuilderOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphBuilderOptions>, GraphBuilderOptionsValidator>();
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton(sp => VocabularyLoader.LoadFromFolder(Options(sp).ResolveSchemaFolder()));
        services.AddSingleton<IReadOnlyList<CannedQuery>>(sp =>
            CannedQueryLoader.LoadFromFolder(Options(sp).ResolveSchemaFolder(), sp.GetRequiredService<Vocabulary>()));
        services.AddSingleton(sp => new CorpusPipeline(sp.GetRequiredService<Vocabulary>()));

        services.AddEmbeddedGraphStore(configuration);
        services.AddSingleton<IGraphStore>(sp => Options(sp).Store switch
        {
            StoreKind.Embedded => sp.GetRequiredService<SqliteGraphStore>(),
            _ => throw new StoreException($"store '{Options(sp).Store}' is not available in this build"),
        });
        services.AddSingleton<GraphSyncService>();
        return services;
    }

    private static GraphBuilderOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<GraphBuilderOptions>>().Value;
}
