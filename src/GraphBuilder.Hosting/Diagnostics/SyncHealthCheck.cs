using GraphBuilder.Hosting.Worker;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphBuilder.Hosting.Diagnostics;

/// <summary>
/// Is the graph current? Healthy after a sync that synced; Degraded while the seeds are invalid (the store
/// keeps the last good graph) or before the first sync finished; Unhealthy when the last sync could not write.
/// </summary>
internal sealed class SyncHealthCheck(WorkerStatus status) : IHealthCheck
{
    public const string Name = "sync";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (last, since, lastSynced) = status.Read();
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        if (lastSynced is not null)
        {
            data["lastSyncedAt"] = lastSynced.At;
            data["graphHash"] = lastSynced.GraphHash ?? "";
            data["nodes"] = lastSynced.NodeCount;
            data["relationships"] = lastSynced.RelationshipCount;
        }
        if (last is null) return Task.FromResult(HealthCheckResult.Degraded("starting: the first sync has not finished yet", data: data));

        data["lastSyncAt"] = last.At;
        data["outcome"] = last.Result.ToString();
        if (since is { } from && last.Result != SyncResult.Synced) data["since"] = from;
        var kept = lastSynced is null ? "the store keeps the graph it had before this run" : $"the store keeps the last good graph (synced at {lastSynced.At:u})";
        return Task.FromResult(last.Result switch
        {
            SyncResult.Synced => HealthCheckResult.Healthy($"the store holds the seeds' graph ({last.NodeCount} nodes, {last.RelationshipCount} relationships)", data),
            SyncResult.Invalid => Degraded(last, since, kept, data),
            SyncResult.Unavailable => HealthCheckResult.Unhealthy($"the store is unreachable since {since:u}: {last.Failure}; the sync is retried", data: data),
            _ => HealthCheckResult.Unhealthy($"the last sync failed at {last.At:u}: {last.Failure}; waiting for the next change", data: data),
        });
    }

    private static HealthCheckResult Degraded(SyncSummary last, DateTimeOffset? since, string kept, Dictionary<string, object> data)
    {
        data["errorCount"] = last.ErrorCount;
        data["errors"] = last.FirstErrors;
        return HealthCheckResult.Degraded($"the seeds are invalid since {since:u} ({last.ErrorCount} errors); {kept}", data: data);
    }
}
