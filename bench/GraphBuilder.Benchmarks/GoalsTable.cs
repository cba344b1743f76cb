using System.Globalization;
using System.Text;

namespace GraphBuilder.Benchmarks;

/// <summary>The <c>--goals</c> table: medians with their spread (min–max) over the rounds, ratios taken within each round, and each goal of issue 27 against them.</summary>
public static class GoalsTable
{
    public static string Markdown(MachineInfo machine, DateTimeOffset at, IReadOnlyList<GoalResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Goals run {at:yyyy-MM-dd HH:mm} UTC on {machine.Cpu}, {machine.Cores} cores, {machine.MemoryGb} GB, {machine.Os}, {machine.Runtime}.");
        text.AppendLine();
        text.AppendLine("| facts | YAML MB | rounds | load avg before → after | floor | validate | validate / floor | sync | sync / floor | peak validate | peak sync | naive peer | peer / sync |");
        text.AppendLine("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Facts:N0} | {r.YamlMegabytes:0.0} | {r.Floor.Count} | {r.LoadBefore} → {r.LoadAfter} | {Seconds(r.Floor)} | {Seconds(r.Validate)} | {Ratio(r.Validate, r.Floor)} | " +
                $"{Seconds(r.Sync)} | {Ratio(r.Sync, r.Floor)} | {Peak(r.Validate)} | {Peak(r.Sync)} | {Seconds(r.Peer)} | {Ratio(r.Peer, r.Sync)} |");
        text.AppendLine();
        foreach (var r in results)
        {
            var sync = Median(Ratios(r.Sync, r.Floor));
            var validate = Median(Ratios(r.Validate, r.Floor));
            var peerRatio = Median(Ratios(r.Peer, r.Sync));
            var peak = Math.Max(Median(r.Validate.Select(p => p.PeakMb ?? double.NaN)), Median(r.Sync.Select(p => p.PeakMb ?? double.NaN)));
            var (syncGoal, peakGoal) = r.Facts >= 1_000_000 ? (1.5, 1024.0) : (1.2, 200.0);
            var line = new StringBuilder();
            line.Append(CultureInfo.InvariantCulture, $"- {r.Facts:N0} facts: sync ≤ {syncGoal:0.0}× floor: {Verdict(sync <= syncGoal)} ({sync:0.00}×)");
            if (r.Facts < 1_000_000) line.Append(CultureInfo.InvariantCulture, $"; validate ≤ 1.0× floor: {Verdict(validate <= 1.0)} ({validate:0.00}×)");
            line.Append(CultureInfo.InvariantCulture, $"; peak ≤ {peakGoal:0} MB: {Verdict(peak <= peakGoal)} ({peak:0} MB)");
            line.Append(r.Peer.Count == 0
                ? "; naive peer: not run (python3 with PyYAML not found)"
                : string.Create(CultureInfo.InvariantCulture, $"; ≥ 10× faster than the naive peer: {Verdict(peerRatio >= 10)} ({peerRatio:0.0}×)"));
            text.AppendLine(line.ToString());
        }
        return text.ToString();
    }

    private static string Verdict(bool met) => met ? "met" : "**not met**";

    private static IEnumerable<double> Ratios(List<TimedProcess> a, List<TimedProcess> b) => a.Zip(b, (x, y) => x.Seconds / y.Seconds);

    private static string Seconds(List<TimedProcess> runs) =>
        runs.Count == 0 ? "–" : Spread(runs.Select(r => r.Seconds), "0.00", " s");

    private static string Ratio(List<TimedProcess> a, List<TimedProcess> b) =>
        a.Count == 0 ? "–" : Spread(Ratios(a, b), "0.00", "×");

    private static string Peak(List<TimedProcess> runs) =>
        runs.Any(r => r.PeakMb is null) ? "n/a" : Spread(runs.Select(r => r.PeakMb!.Value), "0", " MB");

    private static string Spread(IEnumerable<double> values, string format, string unit)
    {
        var sorted = values.Order().ToArray();
        var median = Median(sorted);
        return sorted.Length == 1
            ? median.ToString(format, CultureInfo.InvariantCulture) + unit
            : string.Create(CultureInfo.InvariantCulture, $"{median.ToString(format, CultureInfo.InvariantCulture)}{unit} ({sorted[0].ToString(format, CultureInfo.InvariantCulture)}–{sorted[^1].ToString(format, CultureInfo.InvariantCulture)})");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
