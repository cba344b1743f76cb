using System.CommandLine;
using GraphBuilder.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Cli;

/// <summary>
/// Builds the service provider a one-shot command runs with: appsettings.json, environment
/// variables, then command-line options; logs go to stderr so stdout stays clean for output.
/// </summary>
public static class CliServices
{
    public static HostApplicationBuilder CreateBuilder(ParseResult result)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Environment.CurrentDirectory });
        Configure(builder, result);
        return builder;
    }

    /// <summary>Applies GraphBuilder's configuration sources, logging and services to any host builder (generic or web).</summary>
    public static void Configure(IHostApplicationBuilder builder, ParseResult result)
    {
        AddSources(builder.Configuration, result);
        // One-shot commands print their own outcome; logs are for --verbose. Polly's retry events carry
        // exception stack traces, which users should never see for an unreachable server.
        var verbose = result.GetValue(CommonOptions.Verbose);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter(level => level >= (verbose ? LogLevel.Debug : LogLevel.Error))
            .AddFilter("Polly", verbose ? LogLevel.Information : LogLevel.None)
            .AddFilter("System.Net.Http", verbose ? LogLevel.Information : LogLevel.None);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddGraphBuilder(builder.Configuration);
    }

    /// <summary>Configuration sources, lowest precedence first: shipped and local appsettings.json, environment, command line.</summary>
    public static IConfigurationBuilder AddSources(IConfigurationBuilder configuration, ParseResult result) => configuration
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddInMemoryCollection(CommonOptions.ToConfiguration(result));

    /// <summary>Builds the provider and runs start-up validation of every option, as a host would.</summary>
    public static ServiceProvider Build(ParseResult result)
    {
        var provider = CreateBuilder(result).Services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    public static GraphBuilderOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<GraphBuilderOptions>>().Value;
}
