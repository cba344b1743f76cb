using GraphBuilder.Hosting.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphBuilder.Hosting.Tests.Diagnostics;

public sealed class WorkerStatusTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SyncCheck_IsDegraded_BeforeTheFirstSyncFinished()
    {
        var result = await new SyncHealthCheck(new WorkerStatus()).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("first sync has not finished", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncCheck_SaysSinceWhenTheSeedsAreInvalid_AndListsAtMostFiveErrorsWithPositions()
    {
        var status = new WorkerStatus();
        await status.OnSyncFinishedAsync(Reports.Synced(T0), CancellationToken.None);
        await status.OnSyncFinishedAsync(Reports.Invalid(T0.AddMinutes(1), errors: 7), CancellationToken.None);
        await status.OnSyncFinishedAsync(Reports.Invalid(T0.AddMinutes(2), errors: 7), CancellationToken.None);

        var result = await new SyncHealthCheck(status).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(T0.AddMinutes(1), result.Data["since"]);
        Assert.Equal(T0, result.Data["lastSyncedAt"]);
        Assert.Equal(["facts/a.yaml:1:3: problem 1", "facts/a.yaml:2:3: problem 2", "facts/a.yaml:3:3: problem 3",
            "facts/a.yaml:4:3: problem 4", "facts/a.yaml:5:3: problem 5"], (IEnumerable<string>)result.Data["errors"]);
        Assert.Equal(7, result.Data["errorCount"]);
    }

    [Fact]
    public async Task SyncCheck_IsUnhealthy_WhileTheStoreIsUnavailable_AndHealthyAfterTheNextSync()
    {
        var status = new WorkerStatus();
        var check = new SyncHealthCheck(status);
        await status.OnSyncFinishedAsync(Reports.Synced(T0), CancellationToken.None);
        await status.OnSyncFinishedAsync(Reports.Unavailable(T0.AddMinutes(1)), CancellationToken.None);
        await status.OnSyncFinishedAsync(Reports.Unavailable(T0.AddMinutes(2)), CancellationToken.None);

        var down = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
        await status.OnSyncFinishedAsync(Reports.Synced(T0.AddMinutes(3)), CancellationToken.None);
        var up = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.Contains("Neo4j could not be reached", down.Description, StringComparison.Ordinal);
        Assert.Equal(T0.AddMinutes(1), down.Data["since"]);
        Assert.Equal(HealthStatus.Healthy, up.Status);
        Assert.Equal(T0.AddMinutes(3), up.Data["lastSyncedAt"]);
    }
}
