using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Hosting.Worker;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the watch worker on top of <c>AddGraphBuilder</c>: its options (section <c>GraphBuilder:Worker</c>,
    /// validated at start, including that the seeds folder exists), the seeds folder watcher and the
    /// <see cref="SyncWorker"/> hosted service. Add <see cref="ISyncListener"/>s to hear about each sync.
    /// </summary>
    public static IServiceCollection AddGraphBuilderWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkerOptions>()
            .Bind(configuration.GetSection(WorkerOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphBuilderOptions>, SeedsFolderValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISeedChangeSource, SeedFolderWatcher>();
        services.AddHostedService<SyncWorker>();
        return services;
    }
}
