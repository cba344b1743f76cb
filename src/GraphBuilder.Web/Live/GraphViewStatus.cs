using System.Runtime.CompilerServices;
using GraphBuilder.Stores;
using GraphBuilder.Validation;

namespace GraphBuilder.Web;

/// <summary>
/// The served view's honesty about its data: whoever syncs (the hosted worker) reports each
/// outcome here, and open pages show a banner when the seeds are invalid or the store is behind.
/// Thread-safe.
/// </summary>
public sealed class GraphViewStatus(TimeProvider timeProvider)
{
    private readonly GraphChangeBroadcaster _changes = new();
    private ViewStatus _current = ViewStatus.Unknown;

    /// <summary>The latest status.</summary>
    internal ViewStatus Current => Volatile.Read(ref _current);

    /// <summary>The seeds were valid and the store now matches them.</summary>
    public void ReportInSync() => Set(new ViewStatus("ok", null, [], timeProvider.GetUtcNow()));

    /// <summary>The seeds are invalid: nothing was written, the store keeps the last good graph.</summary>
    public void ReportInvalid(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics
            .Select(d => new ViewStatusError(d.Position.Path, d.Position.Line, d.Position.Column, d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})"))
            .ToArray();
        Set(new ViewStatus("invalid", $"{errors.Length} {(errors.Length == 1 ? "error" : "errors")} in the seeds", errors, timeProvider.GetUtcNow()));
    }

    /// <summary>The store could not be brought up to date (unreachable, or a write failed).</summary>
    public void ReportStoreBehind(string message) => Set(new ViewStatus("behind", CredentialRedaction.Redact(message), [], timeProvider.GetUtcNow()));

    /// <summary>A write failed between the commits of a sync split into several transactions: the store holds part of it.</summary>
    public void ReportStorePartial(string message) => Set(new ViewStatus("partial", CredentialRedaction.Redact(message), [], timeProvider.GetUtcNow()));

    /// <summary>The current status now, then again after each report, until cancelled.</summary>
    internal async IAsyncEnumerable<ViewStatus> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var _ in _changes.WatchChangesAsync(cancellationToken).ConfigureAwait(false))
            yield return Current;
    }

    private void Set(ViewStatus status)
    {
        Volatile.Write(ref _current, status);
        _changes.Publish();
    }
}
