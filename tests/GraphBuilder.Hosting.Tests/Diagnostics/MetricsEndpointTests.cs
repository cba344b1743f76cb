using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Hosting.Tests.Diagnostics;

/// <summary>GET /metrics (Prometheus text) through the real host: the counters follow what the worker does.</summary>
[Collection(DiagnosticsCollection.Name)]
public sealed class MetricsEndpointTests
{
    private const string Synced = "graphbuilder_sync_outcome=\"synced\"";
    private const string Invalid = "graphbuilder_sync_outcome=\"invalid\"";

    [Fact]
    public async Task Metrics_CountersMove_AfterEachSync()
    {
        await using var host = await DiagnosticsHost.StartAsync();
        await host.WaitForHealthAsync("Healthy");
        var first = await host.MetricsAsync();
        Assert.Equal(1, PrometheusText.Sum(first, "graphbuilder_syncs_total", Synced));
        Assert.Equal(1, PrometheusText.Sum(first, "graphbuilder_sync_duration_seconds_count", Synced));
        var nodesAdded = PrometheusText.Sum(first, "graphbuilder_elements_written_total", "kind=\"node\"", "change=\"added\"");
        Assert.True(nodesAdded > 0, first);
        Assert.True(PrometheusText.Has(first, "graphbuilder_graph_age_seconds"), first);

        SeedEdits.AddEntity(host.Folder, "ops-metrics");
        await Eventually.TrueAsync(async () => PrometheusText.Sum(await host.MetricsAsync(), "graphbuilder_syncs_total", Synced) == 2,
            "a second sync is counted", host.Dump);
        var second = await host.MetricsAsync();
        Assert.Equal(nodesAdded + 1, PrometheusText.Sum(second, "graphbuilder_elements_written_total", "kind=\"node\"", "change=\"added\""));
        Assert.Equal(PrometheusText.Sum(first, "graphbuilder_seed_files_reread_total") + 1, PrometheusText.Sum(second, "graphbuilder_seed_files_reread_total"));

        SeedEdits.Break(host.Folder);
        await Eventually.TrueAsync(async () => PrometheusText.Sum(await host.MetricsAsync(), "graphbuilder_syncs_total", Invalid) == 1,
            "the invalid sync is counted", host.Dump);
        Assert.True(PrometheusText.Sum(await host.MetricsAsync(), "graphbuilder_validation_errors_total") >= 1);
    }

    [Fact]
    public async Task Metrics_CountStoreRetries_ByNeo4jErrorCode()
    {
        await using var neo4j = await FakeQueryApiServer.StartAsync(user: "ops-user", password: "ops-Pa55word-never-shown");
        neo4j.Script(r => r.Kind == "snapshot-nodes", FakeQueryApiResponse.Error("Neo.TransientError.General.DatabaseUnavailable"));
        await using var host = await DiagnosticsHost.StartAsync(HealthEndpointTests.Neo4jSettings(neo4j.Uri));

        await host.WaitForHealthAsync("Healthy");

        var metrics = await host.MetricsAsync();
        Assert.True(PrometheusText.Sum(metrics, "graphbuilder_store_retries_total", "error_type=\"Neo.TransientError.General.DatabaseUnavailable\"") >= 1, metrics);
    }

    [Fact]
    public async Task Metrics_CountRetriedWriteTransactions_ByNeo4jErrorCode()
    {
        await using var neo4j = await FakeQueryApiServer.StartAsync(user: "ops-user", password: "ops-Pa55word-never-shown");
        // A deadlock inside the sync's transaction: the whole unit of work is retried, not the request.
        neo4j.Script(r => r.Kind == "merge-nodes", FakeQueryApiResponse.Error("Neo.TransientError.Transaction.DeadlockDetected"));
        await using var host = await DiagnosticsHost.StartAsync(HealthEndpointTests.Neo4jSettings(neo4j.Uri));

        await host.WaitForHealthAsync("Healthy");

        var metrics = await host.MetricsAsync();
        Assert.True(PrometheusText.Sum(metrics, "graphbuilder_store_retries_total", "error_type=\"Neo.TransientError.Transaction.DeadlockDetected\"") >= 1, metrics);
    }
}
