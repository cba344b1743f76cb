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

    public Task OnSyncedAsync(SyncOutcome outcome, CancellationToken cancellationToken)
    {
        _outcomes.Enqueue(outcome);
        return Task.CompletedTask;
    }

    public Task OnSyncCheckedAsync(SyncOutcome outcome, CancellationToken cancellationToken)
    {
        _checked.Enqueue(outcome);
        return Task.CompletedTask;
    }

    public Task OnStoreFailedAsync(string message, CancellationToken cancellationToken)
    {
        _storeFailures.Enqueue(message);
        return Task.CompletedTask;
    }
}
