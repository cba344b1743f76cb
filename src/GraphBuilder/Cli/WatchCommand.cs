using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using GraphBuilder.Hosting;
using GraphBuilder.Hosting.Diagnostics;
using GraphBuilder.Hosting.Web;
using GraphBuilder.Hosting.Worker;
using GraphBuilder.Stores;
using GraphBuilder.Sync;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Cli;

/// <summary>
/// <c>graphbuilder watch [--debounce 500ms] [--strict] [--no-web] [--web-urls URL] [--health-urls URL] [--log-format json]</c>:
/// sync once, then keep the store in sync with the seeds folder until Ctrl+C or SIGTERM, serving the graph view
/// (refreshed after each sync), /health and /metrics; with --no-web, /health and /metrics only at --health-urls.
/// The host itself is built by <see cref="WatchHost"/>, as the worker tests build it.
/// </summary>
internal static class WatchCommand
{
    private static readonly Option<TimeSpan?> Debounce = new("--debounce")
    {
        Description = "Quiet time after the last change before syncing, e.g. 500ms, 2s or 00:00:01 (default: 500ms)",
        CustomParser = ParseDuration,
    };

    private static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings as errors: a corpus with any is not synced, the store keeps the last good graph" };
    private static readonly Option<bool> NoWeb = new("--no-web") { Description = "Do not serve the graph view" };
    private static readonly Option<string?> WebUrls = new("--web-urls") { Description = "Where the graph view listens (default: http://127.0.0.1:5080)" };
    private static readonly Option<string?> HealthUrls = new("--health-urls") { Description = "With --no-web: where /health and /metrics listen (default: not served)" };
    private static readonly Option<LogFormat> LogFormatOption = new("--log-format") { Description = "Console log lines: simple (default) or json (one object per line, for log shippers)" };

    public static Command Create()
    {
        foreach (var (option, setting) in new[] { (WebUrls, WebViewUrls.WebSetting), (HealthUrls, WebViewUrls.HealthSetting) })
        {
            option.Validators.Add(result =>
            {
                foreach (var url in result.GetValueOrDefault<string?>()?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
                    if (WebViewUrls.Problem(url, setting) is { } problem) result.AddError($"{option.Name}: {problem}");
            });
        }
        var command = new Command("watch", "Sync, then watch the seeds folder and sync every saved change until stopped (Ctrl+C); serves the graph view")
            .With([Debounce, Strict, NoWeb, WebUrls, HealthUrls, LogFormatOption], CommonOptions.Corpus, CommonOptions.StoreOptions);
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            CliServices.CheckStoreOption(result);
            var configuration = CliServices.Configuration(result, Settings(result));
            // The same check and exit code as every other command, before the host exists.
            SeedsFolder.Check(configuration[$"{GraphBuilderOptions.SectionName}:{nameof(GraphBuilderOptions.Seeds)}"] ?? new GraphBuilderOptions().Seeds);
            using var host = WatchHost.Build(configuration, Environment.CurrentDirectory, builder => ConfigureLogging(builder, result));
            // Validate and build the sync before starting, so a bad setting is one message, not a host failure with a stack trace.
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            SchemaNote.Print(CliServices.Options(host.Services));
            var sync = host.Services.GetRequiredService<GraphSyncService>();
            var seeds = Path.GetFullPath(CliServices.Options(host.Services).Seeds);
            Console.WriteLine(CredentialRedaction.Redact($"Watching {seeds} → {sync.Store.Description}. Press Ctrl+C to stop."));
            await StartAsync(host, cancellationToken);
            // The addresses Kestrel bound, so "http://127.0.0.1:0" prints the port it chose.
            if (host.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses is { Count: > 0 } bound)
            {
                var web = configuration.GetSection(WebViewOptions.SectionName).Get<WebViewOptions>() ?? new WebViewOptions();
                Console.WriteLine($"{(web.Enabled ? "Graph view" : "Health and metrics")}: {string.Join(' ', bound)}");
            }
            await host.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Starts the host; a listener Kestrel cannot set up (an https URL without a certificate) is one line, exit 1, like a port in use.</summary>
    private static async Task StartAsync(IHost host, CancellationToken cancellationToken)
    {
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Unable to configure HTTPS endpoint", StringComparison.Ordinal))
        {
            throw new IOException("cannot serve https: there is no server certificate (Kestrel found no ASP.NET Core development certificate, " +
                                  "see 'dotnet dev-certs https'); serve http, on loopback or behind a TLS proxy", ex);
        }
    }

    /// <summary>This command's options as configuration keys (they override every other source).</summary>
    private static Dictionary<string, string?> Settings(ParseResult result)
    {
        var settings = new Dictionary<string, string?>();
        if (result.GetValue(Debounce) is { } debounce)
            settings[$"{WorkerOptions.SectionName}:Debounce"] = debounce.ToString("c", CultureInfo.InvariantCulture);
        if (result.GetValue(Strict)) settings[$"{WorkerOptions.SectionName}:Strict"] = "true";
        if (result.GetValue(NoWeb)) settings[$"{WebViewOptions.SectionName}:Enabled"] = "false";
        if (result.GetValue(WebUrls) is { } urls) settings[$"{WebViewOptions.SectionName}:Urls"] = urls;
        if (result.GetValue(HealthUrls) is { } healthUrls) settings[$"{HealthOptions.SectionName}:Urls"] = healthUrls;
        return settings;
    }

    /// <summary>Console logging for the watch host (the place for further log settings, e.g. a log format).</summary>
    private static void ConfigureLogging(IHostApplicationBuilder builder, ParseResult result)
    {
        CliServices.ConfigureLogging(builder.Logging, result);
        builder.Logging.AddGraphBuilderConsoleFormat(result.GetValue(LogFormatOption));
        // The worker's per-sync lines are the point of this command; other categories stay at errors.
        builder.Logging.AddFilter(WatchHost.WorkerLogCategory, result.GetValue(CommonOptions.Verbose) ? LogLevel.Debug : LogLevel.Information);
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
