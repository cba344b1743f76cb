using System.Text;
using GraphBuilder.Hosting.Tests.Support;

namespace GraphBuilder.Hosting.Tests.Diagnostics;

/// <summary>The OTLP exporter, switched on by the standard OTEL_EXPORTER_OTLP_ENDPOINT variable.</summary>
[Collection(DiagnosticsCollection.Name)]
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Metrics_ArePushedOverOtlp_WhenTheEndpointVariableIsSet()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var host = await DiagnosticsHost.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Uri.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        });
        await host.WaitForHealthAsync("Healthy");

        await Eventually.TrueAsync(() => collector.Exports.Any(e => Encoding.UTF8.GetString(e).Contains("graphbuilder.syncs", StringComparison.Ordinal)),
            "an OTLP export carries graphbuilder.syncs", host.Dump);
    }
}
