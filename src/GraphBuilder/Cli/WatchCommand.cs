using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using GraphBuilder.Hosting.Diagnostics;
using GraphBuilder.Hosting.Web;
using GraphBuilder.Hosting.Worker;
using GraphBuilder.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using GraphBuilder.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Cli;

/// <summary>
/// <c>graphbuilder watch [--debounce 500ms] [--no-web]</c>: sync once, then keep the store in sync with the
/// seeds folder until Ctrl+C or SIGTERM, serving the graph view (refreshed after each sync) unless --no-web.
/// </summary>
public static class WatchCommand
{
    private static readonly Option<TimeSpan?> Debounce = new("--debounce")
    {
        Description = "Quiet time after the last change before syncing, e.g. 500ms, 2s or 00:00:01 (default: 500ms)",
        CustomParser = ParseDuration,
    };

    private static readonly Option<bool> NoWeb = new("--no-web") { Description = "Do not serve the graph view" };
    private static readonly Option<string?> WebUrls = new("--web-urls") { Description = "Where the graph view listens (default: http://127.0.0.1:5080)" };
    private static readonly Option<string?> HealthUrls = new("--health-urls") { Description = "With --no-web: where /health and /metrics listen (default: not served)" };
    private static readonly Option<LogFormat> LogFormatOption = new("--log-format") { Description = "Console log lines: simple (default) or json (one object per line, for log shippers)" };

    public static Command Create()
    {
        var command = new Command("watch", "Sync, then watch the seeds folder and sync every saved change until stopped (Ctrl+C); serves the graph view") { Debounce, NoWeb, WebUrls, HealthUrls, LogFormatOption };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            using var host = BuildHost(result, out var listening);
            // Validate and build the sync before starting, so a bad setting is one message, not a host failure with a stack trace.
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            var sync = host.Services.GetRequiredService<GraphSyncService>();
            var seeds = Path.GetFullPath(CliServices.Options(host.Services).Seeds);
            Console.WriteLine($"Watching {seeds} → {sync.Store.Description}. Press Ctrl+C to stop.");
            if (listening is not null) Console.WriteLine(listening);
            await host.RunAsync(cancellationToken);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// A web host serving the graph view, /health and /metrics; with --no-web, one serving only /health and /metrics
    /// at --health-urls, or a plain generic host. <paramref name="listening"/> says where it listens, if anywhere.
    /// </summary>
    private static IHost BuildHost(ParseResult result, out string? listening)
    {
        var settings = new Dictionary<string, string?>();
        if (result.GetValue(Debounce) is { } debounce)
            settings[$"{WorkerOptions.SectionName}:Debounce"] = debounce.ToString("c", CultureInfo.InvariantCulture);
        if (result.GetValue(NoWeb)) settings[$"{WebViewOptions.SectionName}:Enabled"] = "false";
        if (result.GetValue(WebUrls) is { } urls) settings[$"{WebViewOptions.SectionName}:Urls"] = urls;
        if (result.GetValue(HealthUrls) is { } healthUrls) settings[$"{HealthOptions.SectionName}:Urls"] = healthUrls;

        var configuration = CliServices.AddSources(new ConfigurationBuilder(), result).AddInMemoryCollection(settings).Build();
        var view = configuration.GetValue($"{WebViewOptions.SectionName}:{nameof(WebViewOptions.Enabled)}", true);
        // With the view off, /health and /metrics are served only where GraphBuilder:Health:Urls says.
        var diagnosticsOnly = view ? null : configuration[$"{HealthOptions.SectionName}:{nameof(HealthOptions.Urls)}"];
        if (!view && string.IsNullOrWhiteSpace(diagnosticsOnly))
        {
            var builder = CliServices.CreateBuilder(result);
            ConfigureWorker(builder, result, settings);
            listening = null;
            return builder.Build();
        }

        var webBuilder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Environment.CurrentDirectory });
        CliServices.Configure(webBuilder, result);
        ConfigureWorker(webBuilder, result, settings);
        if (view) webBuilder.Services.AddGraphBuilderWebView(webBuilder.Configuration);
        var webUrls = diagnosticsOnly ?? configuration[$"{WebViewOptions.SectionName}:{nameof(WebViewOptions.Urls)}"] ?? new WebViewOptions().Urls;
        webBuilder.WebHost.UseUrls(webUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        listening = $"{(view ? "Graph view" : "Health and metrics")}: {webUrls.Replace(";", " ", StringComparison.Ordinal)}";
        var app = webBuilder.Build();
        if (view) app.MapGraphView();
        app.MapGraphBuilderHealth();
        app.MapGraphBuilderMetrics();
        return app;
    }

    private static void ConfigureWorker(IHostApplicationBuilder builder, ParseResult result, Dictionary<string, string?> settings)
    {
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddGraphBuilderWorker(builder.Configuration);
        builder.Services.AddGraphBuilderHealth(builder.Configuration);
        builder.Services.AddGraphBuilderMetrics(builder.Configuration);
        builder.Logging.AddGraphBuilderConsoleFormat(result.GetValue(LogFormatOption));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        // The worker's per-sync lines are the point of this command; other categories stay at errors.
        builder.Logging.AddFilter(typeof(SyncWorker).Namespace, result.GetValue(CommonOptions.Verbose) ? LogLevel.Debug : LogLevel.Information);
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
