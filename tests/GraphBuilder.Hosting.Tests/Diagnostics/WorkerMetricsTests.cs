using System.Diagnostics.Metrics;
using GraphBuilder.Hosting.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace GraphBuilder.Hosting.Tests.Diagnostics;

public sealed class WorkerMetricsTests
{
    [Fact]
    public async Task GraphAge_CountsFromTheLastGoodSync_NotFromInvalidOnes()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        var clock = new FakeTimeProvider();
        var metrics = new WorkerMetrics(meters, clock);
        using var age = new MetricCollector<double>(meters, WorkerMetrics.MeterName, "graphbuilder.graph.age");

        age.RecordObservableInstruments();
        var beforeAnySync = age.GetMeasurementSnapshot().Count;
        await metrics.OnSyncFinishedAsync(Reports.Synced(clock.GetUtcNow()), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(90));
        await metrics.OnSyncFinishedAsync(Reports.Invalid(clock.GetUtcNow(), errors: 2), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(30));
        age.RecordObservableInstruments();

        Assert.Equal(0, beforeAnySync);
        Assert.Equal(120, age.LastMeasurement!.Value);
    }

    [Fact]
    public async Task Syncs_AreCountedByOutcome_WithTheirDuration()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        var metrics = new WorkerMetrics(meters, new FakeTimeProvider());
        using var syncs = new MetricCollector<long>(meters, WorkerMetrics.MeterName, "graphbuilder.syncs");
        using var duration = new MetricCollector<double>(meters, WorkerMetrics.MeterName, "graphbuilder.sync.duration");
        using var errors = new MetricCollector<long>(meters, WorkerMetrics.MeterName, "graphbuilder.validation.errors");

        await metrics.OnSyncFinishedAsync(Reports.Synced(DateTimeOffset.UnixEpoch), CancellationToken.None);
        await metrics.OnSyncFinishedAsync(Reports.Invalid(DateTimeOffset.UnixEpoch, errors: 3), CancellationToken.None);
        await metrics.OnSyncFinishedAsync(Reports.Unavailable(DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.Equal(["synced", "invalid", "unavailable"], syncs.GetMeasurementSnapshot().Select(m => (string)m.Tags[WorkerMetrics.OutcomeTag]!));
        Assert.Equal([0.04, 0.02, 0.005], duration.GetMeasurementSnapshot().Select(m => m.Value));
        Assert.Equal(3, errors.LastMeasurement!.Value);
    }
}
