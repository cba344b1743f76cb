namespace GraphBuilder.PageBenchmark;

/// <summary>
/// One page load, in milliseconds from navigation start: the first frame painted after the first
/// render, the first moment the main thread was free again (interactive), and frame times while
/// panning (median and 95th percentile).
/// </summary>
internal sealed record PageTimings(double FirstRender, double Interactive, double PanFrameMedian, double PanFrameP95, string Layout);
