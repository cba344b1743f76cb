using System.Collections.Concurrent;
using GraphBuilder.Hosting.Worker;
using GraphBuilder.Sync;

namespace GraphBuilder.Hosting.Tests.Support;

/// <summary>Remembers every sync it is told about.</summary>
internal sealed class RecordingSyncListener : ISyncListener
{
    private readonly ConcurrentQueue<SyncOutcome> _outcomes = new();

    public IReadOnlyList<SyncOutcome> Outcomes => _outcomes.ToArray();

    public Task OnSyncedAsync(SyncOutcome outcome, CancellationToken cancellationToken)
    {
        _outcomes.Enqueue(outcome);
        return Task.CompletedTask;
    }
}
