using System.Diagnostics.Metrics;
using GraphBuilder.Graph;

namespace GraphBuilder.Cli;

/// <summary>
/// Shows a one-line progress display on stderr (seed files loaded, store rows written) while a long
/// validate or sync runs, fed by <see cref="PipelineMetrics"/>. Does nothing when stderr is
/// redirected, and clears its line on dispose so the summary that follows stands alone.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan QuietStart = TimeSpan.FromMilliseconds(500);

    private readonly MeterListener _listener = new();
    private readonly Timer _timer;
    private readonly DateTime _started = DateTime.UtcNow;
    private readonly Lock _gate = new();
    private long _filesFound, _filesLoaded, _rowsWritten;
    private int _shownLength;

    private ProgressReporter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PipelineMetrics.MeterName) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (ReferenceEquals(instrument, PipelineMetrics.SeedFilesFound)) Interlocked.Add(ref _filesFound, value);
            else if (ReferenceEquals(instrument, PipelineMetrics.SeedFilesLoaded)) Interlocked.Add(ref _filesLoaded, value);
            else if (ReferenceEquals(instrument, PipelineMetrics.StoreRowsWritten)) Interlocked.Add(ref _rowsWritten, value);
        });
        _listener.Start();
        _timer = new Timer(_ => Show(), null, Interval, Interval);
    }

    /// <summary>A reporter when stderr is a terminal; otherwise null (nothing to dispose, nothing printed).</summary>
    public static ProgressReporter? Start() => Console.IsErrorRedirected ? null : new ProgressReporter();

    private void Show()
    {
        if (DateTime.UtcNow - _started < QuietStart) return;
        var line = $"loaded {Interlocked.Read(ref _filesLoaded):N0}/{Interlocked.Read(ref _filesFound):N0} seed files";
        var rows = Interlocked.Read(ref _rowsWritten);
        if (rows > 0) line += $", wrote {rows:N0} rows";
        lock (_gate)
        {
            if (_shownLength < 0) return;
            Console.Error.Write("\r" + line.PadRight(_shownLength));
            _shownLength = line.Length;
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _listener.Dispose();
        lock (_gate)
        {
            if (_shownLength > 0) Console.Error.Write("\r" + new string(' ', _shownLength) + "\r");
            _shownLength = -1;
        }
    }
}
