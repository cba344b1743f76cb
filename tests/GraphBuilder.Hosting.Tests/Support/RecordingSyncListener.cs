using System.Collections.Concurrent;
using GraphBuilder.Hosting.Worker;
using GraphBuilder.Sync;

namespace GraphBuilder.Hosting.Tests.Support;

/// <summary>Remembers every sync it is told about: applied ones, every checked one, and store failures.</summary>
internal sealed class RecordingSyncListener : ISyncListener
{
    private readonly ConcurrentQueue<SyncOutcome> _outcomes = new();
    private readonly ConcurrentQueue<SyncOutcome> _checked = new();
    private readonly ConcurrentQueue<string> _storeFailures = new();

    public IReadOnlyList<SyncOutcome> Outcomes => _outcomes.ToArray();

    public IReadOnlyList<SyncOutcome> Checked => _checked.ToArray();

    public IReadOnlyList<string> StoreFailures => _storeFailures.ToArray();

    public Task OnSyncFinishedAsync(SyncReport report, CancellationToken cancellationToken)
    {
        if (report.Outcome is { } outcome)
        {
            _checked.Enqueue(outcome);
            if (outcome.Applied) _outcomes.Enqueue(outcome);
        }
        else if (report is { StoreFailed: true, Failure: { } message })
        {
            _storeFailures.Enqueue(message);
        }
        return Task.CompletedTask;
    }
}
