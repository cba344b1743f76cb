using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GraphBuilder.Benchmarks;

/// <summary>Prints the results table and writes it as latest.md and latest.json.</summary>
public static class ResultsWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string Markdown(MachineInfo machine, DateTimeOffset at, IReadOnlyList<SizeResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run {at:yyyy-MM-dd HH:mm} UTC on {machine.Cpu}, {machine.Cores} cores, {machine.MemoryGb} GB, {machine.Os}, {machine.Runtime}, {machine.Gc} GC; load average at start {machine.LoadAverage}.");
        text.AppendLine();
        text.AppendLine("| facts | files | YAML MB | runs | 1 scan | 2 validate | 3 full sync | 4 incremental | 2/1 | 3/1 | 4/3 | 5 Neo4j rows/request | 6 peak WS: CLI validate / sync | harness process |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        foreach (var r in results)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Facts:N0} | {r.Files} | {r.YamlMegabytes:0.0} | {r.Runs} | {Ms(r.ScanMs)} | {Ms(r.ValidateMs)} | {Ms(r.FullSyncMs)} | {Ms(r.IncrementalSyncMs)} | " +
                $"{r.ValidateOverScan:0.00}× | {r.FullSyncOverScan:0.00}× | {r.IncrementalOverFull:0.0%} | {Neo4j(r)} | {Mb(r.CliValidatePeakMb)} / {Mb(r.CliSyncPeakMb)} | {r.PeakWorkingSetMb:0} MB |");
        text.AppendLine();
        text.AppendLine("Breakdowns (ms; validate: one extra run, syncs: last measured run):");
        text.AppendLine();
        foreach (var r in results)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- {r.Facts:N0} facts ({r.Nodes:N0} nodes, {r.Relationships:N0} relationships): validate {Parts(r.ValidateBreakdownMs)}; " +
                $"full sync {Parts(r.FullSyncBreakdownMs)}; incremental {Parts(r.IncrementalBreakdownMs)}; " +
                $"CLI wall time (fresh process) validate {r.CliValidateSeconds:0.00} s, sync {r.CliSyncSeconds:0.00} s; harness process peak WS after {Parts(r.PeakWorkingSetAfterMb, "MB")}");
        return text.ToString();
    }

    public static void Write(string folder, MachineInfo machine, DateTimeOffset at, IReadOnlyList<SizeResult> results)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "latest.md"), "# Latest benchmark\n\n" + Markdown(machine, at, results));
        File.WriteAllText(Path.Combine(folder, "latest.json"),
            JsonSerializer.Serialize(new { At = at, Machine = machine, Results = results }, Json) + "\n");
    }

    private static string Ms(double ms) => ms >= 10_000 ? $"{ms / 1000:0.0} s" : ms >= 1000 ? $"{ms / 1000:0.00} s" : $"{ms:0.0} ms";

    private static string Mb(double? mb) => mb is { } value ? $"{value:0} MB" : "n/a";

    private static string Neo4j(SizeResult r) =>
        $"{r.Neo4jRowsPerRequest:0} ({r.Neo4jRequests} requests, {r.Neo4jTransactions} transactions of ≤ {r.Neo4jLargestTransactionRows} rows " +
        $"(limit {r.Neo4jTransactionRowLimit}), {r.Neo4jRetries} retries; unchanged re-sync {r.Neo4jResyncRequests}; CLI sync peak {Mb(r.Neo4jCliSyncPeakMb)}; " +
        $"stand-in process {Mb(r.Neo4jStandInPeakMb)})";

    private static string Parts(Dictionary<string, double> parts, string unit = "") =>
        string.Join(", ", parts.Select(p => $"{p.Key} {p.Value:0}{unit}"));
}
