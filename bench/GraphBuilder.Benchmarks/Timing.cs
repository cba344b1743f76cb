using System.Diagnostics;

namespace GraphBuilder.Benchmarks;

/// <summary>Runs a measurement after an optional warm-up and keeps the median of the measured runs.</summary>
public static class Timing
{
    public static async Task<TimeSpan> MedianAsync(int runs, bool warmUp, Func<Task<TimeSpan>> run)
    {
        if (warmUp) await run();
        var samples = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            Collect();
            samples.Add(await run());
        }
        samples.Sort();
        return samples.Count % 2 == 1
            ? samples[samples.Count / 2]
            : (samples[samples.Count / 2 - 1] + samples[samples.Count / 2]) / 2;
    }

    public static Task<TimeSpan> MedianAsync(int runs, bool warmUp, Action action) => MedianAsync(runs, warmUp, () =>
    {
        var watch = Stopwatch.StartNew();
        action();
        return Task.FromResult(watch.Elapsed);
    });

    /// <summary>Full blocking collection between runs, so one run's garbage is not billed to the next.</summary>
    public static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
