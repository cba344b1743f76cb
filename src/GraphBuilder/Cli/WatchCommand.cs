using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using GraphBuilder.Hosting.Worker;
using GraphBuilder.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Cli;

/// <summary>
/// <c>graphbuilder watch [--debounce 500ms]</c>: sync once, then keep the store in sync with the seeds
/// folder until Ctrl+C or SIGTERM. Runs the worker in a generic host configured like the other commands.
/// </summary>
public static class WatchCommand
{
    private static readonly Option<TimeSpan?> Debounce = new("--debounce")
    {
        Description = "Quiet time after the last change before syncing, e.g. 500ms, 2s or 00:00:01 (default: 500ms)",
        CustomParser = ParseDuration,
    };

    public static Command Create()
    {
        var command = new Command("watch", "Sync, then watch the seeds folder and sync every saved change until stopped (Ctrl+C)") { Debounce };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var builder = CliServices.CreateBuilder(result);
            if (result.GetValue(Debounce) is { } debounce)
                builder.Configuration.AddInMemoryCollection([new($"{WorkerOptions.SectionName}:Debounce", debounce.ToString("c", CultureInfo.InvariantCulture))]);
            builder.Services.AddGraphBuilderWorker(builder.Configuration);
            builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
            // The worker's per-sync lines are the point of this command; other categories stay at warnings.
            builder.Logging.AddFilter(typeof(SyncWorker).Namespace, result.GetValue(CommonOptions.Verbose) ? LogLevel.Debug : LogLevel.Information);

            using var host = builder.Build();
            // Validate and build the sync before starting, so a bad setting is one message, not a host failure with a stack trace.
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            var sync = host.Services.GetRequiredService<GraphSyncService>();
            var seeds = Path.GetFullPath(CliServices.Options(host.Services).Seeds);
            Console.WriteLine($"Watching {seeds} → {sync.Store.Description}. Press Ctrl+C to stop.");
            await host.RunAsync(cancellationToken);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static TimeSpan? ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value.Trim();
        (string Suffix, Func<double, TimeSpan> Make)[] units =
            [("ms", TimeSpan.FromMilliseconds), ("s", TimeSpan.FromSeconds), ("m", TimeSpan.FromMinutes)];
        foreach (var (suffix, make) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
                return make(value);
        }
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero) return span;
        result.AddError($"--debounce: '{text}' is not a duration; use e.g. 500ms, 2s or 00:00:01");
        return null;
    }
}
