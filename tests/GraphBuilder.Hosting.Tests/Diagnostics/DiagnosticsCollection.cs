namespace GraphBuilder.Hosting.Tests.Diagnostics;

/// <summary>
/// Hosts with OpenTelemetry run one at a time: a MeterProvider listens to every meter of its name in the process,
/// so two hosts at once would read each other's counters.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DiagnosticsCollection
{
    public const string Name = "Diagnostics";
}
