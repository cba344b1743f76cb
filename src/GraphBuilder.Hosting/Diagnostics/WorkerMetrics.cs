using System.Diagnostics.Metrics;
using GraphBuilder.Hosting.Worker;

namespace GraphBuilder.Hosting.Diagnostics;

/// <summary>
/// The worker's instruments, on the <see cref="MeterName"/> meter (names and units in OpenTelemetry's style; the
/// Prometheus exporter turns <c>graphbuilder.sync.duration</c> in <c>s</c> into <c>graphbuilder_sync_duration_seconds</c>).
/// Recorded from each <see cref="SyncReport"/>; the graph's age is observed when a reader collects.
/// </summary>
internal sealed class WorkerMetrics : ISyncListener
{
    public const string MeterName = "GraphBuilder.Worker";
    public const string OutcomeTag = "graphbuilder.sync.outcome";
    public const string KindTag = "graphbuilder.element.kind";
    public const string ChangeTag = "graphbuilder.element.change";

    private readonly Counter<long> _syncs;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _written;
    private readonly Counter<long> _deleted;
    private readonly Counter<long> _seedFilesReread;
    private readonly Counter<long> _validationErrors;
    private readonly TimeProvider _timeProvider;
    private long _lastSyncedTimestamp = -1;

    public WorkerMetrics(IMeterFactory meterFactory, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        var meter = meterFactory.Create(MeterName);
        _syncs = meter.CreateCounter<long>("graphbuilder.syncs", "{sync}", "Syncs the worker ran, by outcome");
        _duration = meter.CreateHistogram("graphbuilder.sync.duration", "s", "How long each sync took, load to commit, by outcome",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300] });
        _written = meter.CreateCounter<long>("graphbuilder.elements.written", "{element}", "Nodes and relationships written (added or changed)");
        _deleted = meter.CreateCounter<long>("graphbuilder.elements.deleted", "{element}", "Nodes and relationships deleted");
        _seedFilesReread = meter.CreateCounter<long>("graphbuilder.seed_files.reread", "{file}", "Seed files parsed again because they changed");
        _validationErrors = meter.CreateCounter<long>("graphbuilder.validation.errors", "{error}", "Problems found in invalid seeds, summed over syncs");
        meter.CreateObservableGauge("graphbuilder.graph.age", ObserveAge, "s", "Time since the last sync that left the store holding the seeds' graph");
    }

    public Task OnSyncFinishedAsync(SyncReport report, CancellationToken cancellationToken)
    {
        Record(report);
        return Task.CompletedTask;
    }

    private void Record(SyncReport report)
    {
        var outcome = new KeyValuePair<string, object?>(OutcomeTag, report.Result.ToString().ToLowerInvariant());
        _syncs.Add(1, outcome);
        _duration.Record(report.Duration.TotalSeconds, outcome);
        if (report.Outcome is not { } sync) return;
        _seedFilesReread.Add(sync.FilesParsed);
        if (!sync.IsValid)
        {
            _validationErrors.Add(sync.Diagnostics.Count);
            return;
        }
        Interlocked.Exchange(ref _lastSyncedTimestamp, _timeProvider.GetTimestamp());
        if (!sync.Applied) return;
        var counts = sync.Diff!.Counts;
        Written("node", "added", counts.NodesAdded);
        Written("node", "changed", counts.NodesChanged);
        Written("relationship", "added", counts.RelationshipsAdded);
        Written("relationship", "changed", counts.RelationshipsChanged);
        _deleted.Add(counts.NodesRemoved, new KeyValuePair<string, object?>(KindTag, "node"));
        _deleted.Add(counts.RelationshipsRemoved, new KeyValuePair<string, object?>(KindTag, "relationship"));
    }

    private void Written(string kind, string change, int count) =>
        _written.Add(count, new KeyValuePair<string, object?>(KindTag, kind), new KeyValuePair<string, object?>(ChangeTag, change));

    // No measurement before the first good sync: an age of zero would claim a fresh graph.
    private IEnumerable<Measurement<double>> ObserveAge()
    {
        var last = Interlocked.Read(ref _lastSyncedTimestamp);
        return last < 0 ? [] : [new Measurement<double>(_timeProvider.GetElapsedTime(last).TotalSeconds)];
    }
}
