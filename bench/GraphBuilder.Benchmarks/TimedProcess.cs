using System.Diagnostics;
using System.Globalization;

namespace GraphBuilder.Benchmarks;

/// <summary>One run of a whole process as a user meets it: wall time (start-up included) and peak resident set (GNU time; null without it).</summary>
public sealed record TimedProcess(double Seconds, double? PeakMb)
{
    private const string TimeTool = "/usr/bin/time";

    public static async Task<TimedProcess> RunAsync(string program, IEnumerable<string> arguments)
    {
        var memoryFile = File.Exists(TimeTool) ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo(memoryFile is null ? program : TimeTool)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        if (memoryFile is not null)
            foreach (var arg in new[] { "-f", "%M", "-o", memoryFile, program }) start.ArgumentList.Add(arg);
        foreach (var arg in arguments) start.ArgumentList.Add(arg);
        try
        {
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var seconds = watch.Elapsed.TotalSeconds;
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed (exit {process.ExitCode}): {await stderr}{await stdout}");
            double? peak = memoryFile is null ? null
                : double.Parse(File.ReadLines(memoryFile).Last(l => l.Trim().Length > 0), CultureInfo.InvariantCulture) / 1024;
            return new TimedProcess(seconds, peak);
        }
        finally
        {
            if (memoryFile is not null) File.Delete(memoryFile);
        }
    }
}
