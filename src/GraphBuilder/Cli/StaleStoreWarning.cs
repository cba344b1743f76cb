using GraphBuilder.Graph;
using GraphBuilder.Stores;
using GraphBuilder.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary>
/// Warns on stderr when what a command read from the store is not what the seeds compile to now, when the
/// seeds do not validate, or when the store holds a partial sync (exit code unchanged).
/// </summary>
internal static class StaleStoreWarning
{
    public static async Task PrintAsync(IServiceProvider services, IGraphStore store, CancellationToken cancellationToken)
    {
        var seeds = CliServices.Options(services).Seeds;
        if (!Directory.Exists(seeds))
        {
            Console.Error.WriteLine($"warning: seeds folder '{Path.GetFullPath(seeds)}' not found; cannot tell whether {store.Description} is current (--seeds DIR).");
            return;
        }
        var marker = await store.ReadSyncMarkerAsync(cancellationToken);
        var compiled = services.GetRequiredService<CorpusPipeline>().Run(seeds, cancellationToken);
        if (StoreFreshness.Warning(marker, compiled, store.Description) is { } warning)
            Console.Error.WriteLine($"warning: {warning}");
    }
}
