using GraphBuilder.Stores;
using GraphBuilder.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Cli;

/// <summary>Warns on stderr when what a command read from the store is not what the seeds compile to now (exit code unchanged).</summary>
internal static class StaleStoreWarning
{
    public static async Task PrintAsync(IServiceProvider services, IGraphStore store, CancellationToken cancellationToken)
    {
        var marker = await store.ReadSyncMarkerAsync(cancellationToken);
        var compiled = services.GetRequiredService<GraphSyncService>().Compile(CliServices.Options(services).Seeds, cancellationToken);
        if (StoreFreshness.Warning(marker, compiled, store.Description) is { } warning)
            Console.Error.WriteLine($"warning: {warning}");
    }
}
