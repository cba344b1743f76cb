using System.Runtime.CompilerServices;

namespace GraphBuilder.Web;

/// <summary>
/// The graph-changed signal: whoever changes the store (the hosted worker after a sync that
/// applied a non-empty diff) calls <see cref="Publish"/>; every open view refreshes. Thread-safe.
/// </summary>
public sealed class GraphChangeBroadcaster
{
    private readonly Lock _gate = new();
    private long _version;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The number of changes published so far.</summary>
    public long Version
    {
        get { lock (_gate) return _version; }
    }

    /// <summary>Announces that the graph changed; returns the new version.</summary>
    public long Publish()
    {
        TaskCompletionSource fired;
        long version;
        lock (_gate)
        {
            version = ++_version;
            fired = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        fired.SetResult();
        return version;
    }

    /// <summary>The current version now, then the latest version after each publish (see <see cref="IGraphViewSource.WatchChangesAsync"/>).</summary>
    public async IAsyncEnumerable<long> WatchChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long version;
        Task changed;
        lock (_gate)
        {
            version = _version;
            changed = _next.Task;
        }
        yield return version;

        while (true)
        {
            await changed.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (cancellationToken.IsCancellationRequested) yield break;
            lock (_gate)
            {
                version = _version;
                changed = _next.Task;
            }
            yield return version;
        }
    }
}
