using System.CommandLine;
using GraphBuilder.Graph;
using GraphBuilder.Hosting;
using GraphBuilder.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Cli;

/// <summary>
/// Builds what a command runs with: configuration (appsettings.json, environment variables, then
/// command-line options), logging to stderr so stdout stays clean, and only the services it uses.
/// </summary>
internal static class CliServices
{
    /// <summary>The pipeline alone (no store, so no store settings are read or validated): validate, export, generate.</summary>
    public static ServiceProvider BuildPipeline(ParseResult result) =>
        Build(result, (services, configuration) => services.AddGraphBuilderPipeline(configuration));

    /// <summary>The pipeline and the configured store: sync, query, export --from-store.</summary>
    public static ServiceProvider BuildWithStore(ParseResult result)
    {
        CheckStoreOption(result);
        return Build(result, (services, configuration) => services.AddGraphBuilder(configuration));
    }

    /// <summary>A <c>--store</c> that names neither store is a usage error (exit 2), unlike the same name from configuration (exit 1).</summary>
    public static void CheckStoreOption(ParseResult result)
    {
        if (result.GetValue(CommonOptions.Store) is { } store && !GraphBuilderServiceCollectionExtensions.TryParseStoreKind(store, out _))
            throw new UsageException($"--store must be 'embedded' or 'neo4j', not '{store}'");
    }

    /// <summary>Configuration sources, lowest precedence first: shipped and local appsettings.json, environment, command line.</summary>
    public static IConfigurationRoot Configuration(ParseResult result, IDictionary<string, string?>? overrides = null) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddInMemoryCollection(CommonOptions.ToConfiguration(result))
        .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
        .Build();

    /// <summary>
    /// One-shot commands print their own outcome; logs are for --verbose. Polly's retry events and the
    /// host's start-up failures carry stack traces, which users should never see for an environment error.
    /// </summary>
    public static void ConfigureLogging(ILoggingBuilder logging, ParseResult result)
    {
        var verbose = result.GetValue(CommonOptions.Verbose);
        logging.AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter(level => level >= (verbose ? LogLevel.Debug : LogLevel.Error))
            .AddFilter("Polly", verbose ? LogLevel.Information : LogLevel.None)
            .AddFilter("System.Net.Http", verbose ? LogLevel.Information : LogLevel.None)
            // "Hosting failed to start" (an error) repeats, with its stack trace, the one line the command prints;
            // a crash (critical) still shows.
            .AddFilter("Microsoft.Extensions.Hosting", verbose ? LogLevel.Information : LogLevel.Critical)
            .AddFilter("Microsoft.AspNetCore", verbose ? LogLevel.Information : LogLevel.Critical);
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    public static GraphBuilderOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<GraphBuilderOptions>>().Value;

    /// <summary>Builds the provider and runs start-up validation of the registered options, as a host would.</summary>
    private static ServiceProvider Build(ParseResult result, Action<IServiceCollection, IConfiguration> register)
    {
        var configuration = Configuration(result);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => ConfigureLogging(logging, result));
        // A command runs the pipeline once and exits: nothing is kept for an incremental next run (the worker's).
        services.AddSingleton(sp => CorpusPipeline.ForOneRun(sp.GetRequiredService<Vocabulary>()));
        register(services, configuration);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        SchemaNote.Print(Options(provider));
        return provider;
    }
}
