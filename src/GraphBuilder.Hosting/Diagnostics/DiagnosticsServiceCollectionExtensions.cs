using GraphBuilder.Graph;
using GraphBuilder.Hosting.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace GraphBuilder.Hosting.Diagnostics;

public static class DiagnosticsServiceCollectionExtensions
{
    /// <summary>The standard variable that switches the OTLP exporter on (e.g. <c>http://collector:4317</c>).</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Registers the worker's health checks on top of <c>AddGraphBuilderWorker</c>: <c>sync</c> (is the graph current?)
    /// and <c>store</c> (does the store answer within <see cref="HealthOptions.StoreTimeout"/>?). Map them with
    /// <see cref="DiagnosticsEndpoints.MapGraphBuilderHealth"/>.
    /// </summary>
    public static IServiceCollection AddGraphBuilderHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>()
            .Bind(configuration.GetSection(HealthOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<WorkerStatus>();
        services.AddSingleton<ISyncListener>(sp => sp.GetRequiredService<WorkerStatus>());
        services.AddHealthChecks()
            .AddCheck<SyncHealthCheck>(SyncHealthCheck.Name)
            .AddCheck<StoreHealthCheck>(StoreHealthCheck.Name);
        return services;
    }

    /// <summary>
    /// Registers the worker's metrics (<see cref="WorkerMetrics"/> and the pipeline's <see cref="PipelineMetrics"/>)
    /// with OpenTelemetry: a Prometheus exporter for <see cref="DiagnosticsEndpoints.MapGraphBuilderMetrics"/>, and an
    /// OTLP exporter when <see cref="OtlpEndpointVariable"/> is set (configuration or environment).
    /// </summary>
    public static IServiceCollection AddGraphBuilderMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkerMetrics>();
        services.AddSingleton<ISyncListener>(sp => sp.GetRequiredService<WorkerMetrics>());
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable] ?? Environment.GetEnvironmentVariable(OtlpEndpointVariable));
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("graphbuilder"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(WorkerMetrics.MeterName, PipelineMetrics.MeterName).AddPrometheusExporter();
                if (otlp) metrics.AddOtlpExporter();
            });
        return services;
    }
}
