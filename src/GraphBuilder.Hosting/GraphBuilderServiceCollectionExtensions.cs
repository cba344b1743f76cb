using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Schema;
using GraphBuilder.Stores;
using GraphBuilder.Stores.Embedded;
using GraphBuilder.Stores.Neo4j;
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

        // Only the chosen store is registered, so its options alone are validated at start.
        var store = ReadStoreKind(configuration);
        if (store == StoreKind.Neo4j) services.AddNeo4jGraphStore(configuration);
        else services.AddEmbeddedGraphStore(configuration);
        services.AddSingleton<IGraphStore>(sp => store switch
        {
            StoreKind.Neo4j => sp.GetRequiredService<Neo4jGraphStore>(),
            _ => sp.GetRequiredService<SqliteGraphStore>(),
        });
        services.AddSingleton<GraphSyncService>();
        return services;
    }

    private static StoreKind ReadStoreKind(IConfiguration configuration)
    {
        var text = configuration[$"{GraphBuilderOptions.SectionName}:{nameof(GraphBuilderOptions.Store)}"];
        if (string.IsNullOrWhiteSpace(text)) return StoreKind.Embedded;
        return Enum.TryParse<StoreKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new OptionsValidationException(GraphBuilderOptions.SectionName, typeof(GraphBuilderOptions),
                [$"GraphBuilder:Store (--store) must be 'embedded' or 'neo4j', not '{text}'"]);
    }

    private static GraphBuilderOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<GraphBuilderOptions>>().Value;
}
