using GraphBuilder.Graph;
using GraphBuilder.Queries;
using GraphBuilder.Schema;
using GraphBuilder.Stores;
using GraphBuilder.Stores.Embedded;
using GraphBuilder.Stores.Neo4j;
using GraphBuilder.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting;

public static class GraphBuilderServiceCollectionExtensions
{
    /// <summary>The pipeline and the configured store: what a sync (CLI or worker) needs.</summary>
    public static IServiceCollection AddGraphBuilder(this IServiceCollection services, IConfiguration configuration) =>
        services.AddGraphBuilderPipeline(configuration).AddGraphBuilderStore(configuration);

    /// <summary>
    /// Registers what reads the seeds, with no store: options (validated at start), the vocabulary and
    /// canned queries from the schema folder, and the corpus pipeline. Enough for validate, export and generate.
    /// </summary>
    public static IServiceCollection AddGraphBuilderPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphBuilderOptions>()
            .Bind(configuration.GetSection(GraphBuilderOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphBuilderOptions>, GraphBuilderOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(sp => VocabularyLoader.LoadFromFolder(Options(sp).ResolveSchemaFolder()));
        services.TryAddSingleton<IReadOnlyList<CannedQuery>>(sp =>
            CannedQueryLoader.LoadFromFolder(Options(sp).ResolveSchemaFolder(), sp.GetRequiredService<Vocabulary>()));
        services.TryAddSingleton(sp => new CorpusPipeline(sp.GetRequiredService<Vocabulary>()));
        return services;
    }

    /// <summary>
    /// Registers the configured store (<c>GraphBuilder:Store</c>) and the sync service on top of
    /// <see cref="AddGraphBuilderPipeline"/>. Only the chosen store is registered, so its options alone are validated at start.
    /// </summary>
    public static IServiceCollection AddGraphBuilderStore(this IServiceCollection services, IConfiguration configuration)
    {
        var store = ReadStoreKind(configuration);
        services.AddSingleton(typeof(StoreKind), store);
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

    /// <summary>The store <c>GraphBuilder:Store</c> names (embedded when unset); a name that is neither store fails as configuration.</summary>
    public static StoreKind ReadStoreKind(IConfiguration configuration)
    {
        var text = configuration[StoreKey];
        if (string.IsNullOrWhiteSpace(text)) return StoreKind.Embedded;
        return TryParseStoreKind(text, out var kind)
            ? kind
            : throw new OptionsValidationException(GraphBuilderOptions.SectionName, typeof(GraphBuilderOptions),
                [$"GraphBuilder:Store (--store) must be 'embedded' or 'neo4j', not '{text}'"]);
    }

    public const string StoreKey = $"{GraphBuilderOptions.SectionName}:Store";

    public static bool TryParseStoreKind(string text, out StoreKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);

    private static GraphBuilderOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<GraphBuilderOptions>>().Value;
}
