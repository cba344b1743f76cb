using System.Runtime.InteropServices;

namespace GraphBuilder.Benchmarks;

/// <summary>The machine a run measured, including the load average at the start (other work skews figures).</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Os, string Runtime, double MemoryGb, string LoadAverage, string Gc)
{
    public static MachineInfo Current() => new(
        ReadProc("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0, 1),
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a",
        System.Runtime.GCSettings.IsServerGC ? "server" : "workstation");

    private static string? ReadProc(string path, string key)
    {
        if (!File.Exists(path)) return null;
        return File.ReadLines(path)
            .Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':') + 1)..].Trim())
            .FirstOrDefault();
    }
}
