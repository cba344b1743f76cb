using System.Runtime.CompilerServices;
using GraphBuilder.Graph;

namespace GraphBuilder.Web;

/// <summary>
/// The graph-changed signal and its change feed: whoever changes the store (the hosted worker after a sync that
/// applied a non-empty diff) calls <see cref="Publish(GraphDiff)"/> with what it changed; open views apply the
/// change, or reload the whole graph when they cannot. Thread-safe.
/// </summary>
public sealed class GraphChangeBroadcaster
{
    /// <summary>How many recent versions are kept for pages catching up, within <see cref="BytesKept"/>; a page further behind reloads the whole graph.</summary>
    internal const int VersionsKept = 64;

    /// <summary>At most this much change-set JSON is kept (the newest change set always is).</summary>
    internal const long BytesKept = 16 * 1024 * 1024;

    /// <summary>
    /// A diff with more elements than this is not kept piecemeal (the first sync into an empty store writes every
    /// element): pages reload the whole graph, which is what it amounts to.
    /// </summary>
    internal const int LargestChangeSet = 5000;

    private readonly Lock _gate = new();
    private readonly Queue<GraphChangeSet> _kept = new();
    private long _keptBytes;
    private long _version;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The number of changes published so far.</summary>
    public long Version
    {
        get { lock (_gate) return _version; }
    }

    /// <summary>
    /// Names this run's version sequence: versions restart at 0 with the process, so a page that asks for the
    /// changes after a version of another run is told to reload rather than sent the wrong ones.
    /// </summary>
    public string Epoch { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Announces that the graph changed, without saying how (open views reload the whole graph); returns the new version.</summary>
    public long Publish() => Record(null, "the change was announced without its details");

    /// <summary>Announces that the graph changed by <paramref name="diff"/> (the diff the store applied); returns the new version.</summary>
    public long Publish(GraphDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var c = diff.Counts;
        var size = c.NodesAdded + c.NodesChanged + c.NodesRemoved + c.RelationshipsAdded + c.RelationshipsChanged + c.RelationshipsRemoved;
        return size <= LargestChangeSet
            ? Record(GraphChangeJson.Write(diff), null)
            : Record(null, $"the change touched {size:N0} elements, more than are sent piecemeal ({LargestChangeSet:N0})");
    }

    /// <summary>
    /// The change sets after <paramref name="version"/> of run <paramref name="epoch"/>, in order, or why the
    /// caller must reload the whole graph instead.
    /// </summary>
    internal GraphChangesSince ReadChangesSince(string epoch, long version)
    {
        lock (_gate)
        {
            string? reload = null;
            if (epoch != Epoch) reload = "the server restarted since the page loaded";
            else if (version > _version || version < 0) reload = $"version {version} is unknown here (the latest is {_version})";
            else if (version < _version - _kept.Count) reload = $"the page missed more than the last {_kept.Count} changes the server keeps";
            if (reload is not null) return new GraphChangesSince(_version, [], reload);
            var changes = _kept.Where(c => c.Version > version).ToArray();
            var missing = changes.FirstOrDefault(c => c.Json is null);
            return missing is null
                ? new GraphChangesSince(_version, changes, null)
                : new GraphChangesSince(_version, [], $"change {missing.Version}: {missing.WhyNot}");
        }
    }

    private long Record(byte[]? json, string? whyNot)
    {
        TaskCompletionSource fired;
        long version;
        lock (_gate)
        {
            version = ++_version;
            _kept.Enqueue(new GraphChangeSet(version, json, whyNot));
            _keptBytes += json?.Length ?? 0;
            while (_kept.Count > VersionsKept || (_keptBytes > BytesKept && _kept.Count > 1))
                _keptBytes -= _kept.Dequeue().Json?.Length ?? 0;
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
