using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace GraphBuilder.Testing.Cli;

/// <summary>
/// Runs the real <c>graphbuilder</c> CLI (the built <c>graphbuilder.dll</c>) as a child process with
/// <c>dotnet</c>, in a given working folder and environment. Every <c>GraphBuilder__*</c> variable of
/// the test's own environment is removed, so only what a test passes reaches the child. Peak memory is
/// measured with <c>/usr/bin/time</c> when asked for and available.
/// </summary>
public static class CliProcess
{
    private const string TimeTool = "/usr/bin/time";

    /// <summary>The CLI build next to this test build (same configuration).</summary>
    public static string DllPath { get; } = Locate();

    public static bool CanMeasureMemory => File.Exists(TimeTool) && OperatingSystem.IsLinux();

    /// <param name="dll">Another of the repository's programs to run the same way (default: the CLI).</param>
    public static async Task<CliResult> RunAsync(
        string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null,
        bool measureMemory = false, TimeSpan? timeout = null, CancellationToken cancellationToken = default, string? dll = null)
    {
        var memoryFile = measureMemory && CanMeasureMemory ? Path.Combine(Path.GetTempPath(), $"gb-rss-{Guid.NewGuid():N}.txt") : null;
        using var process = Start(workingDirectory, arguments, environment, memoryFile, dll ?? DllPath);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (memoryFile is not null) File.Delete(memoryFile);
            throw new TimeoutException($"{Path.GetFileNameWithoutExtension(dll ?? "graphbuilder")} {string.Join(' ', arguments)} did not finish within {timeout ?? TimeSpan.FromSeconds(60)}");
        }
        var result = new CliResult(process.ExitCode, await stdout, await stderr, ReadPeakMemory(memoryFile));
        if (memoryFile is not null) File.Delete(memoryFile);
        return result;
    }

    /// <summary>Starts the CLI and returns at once (to kill it mid-run); output is redirected and must be drained by the caller.</summary>
    public static Process Start(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        Start(workingDirectory, arguments, environment, memoryFile: null, DllPath);

    private static Process Start(
        string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, string? memoryFile, string dll)
    {
        var info = new ProcessStartInfo
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (memoryFile is not null)
        {
            // GNU time writes only "%M" (peak resident set size, KiB) to its own file, leaving stderr to the CLI.
            info.FileName = TimeTool;
            foreach (var a in new[] { "-f", "%M", "-o", memoryFile, "dotnet" }) info.ArgumentList.Add(a);
        }
        else
        {
            info.FileName = "dotnet";
        }
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);

        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("GraphBuilder__", StringComparison.OrdinalIgnoreCase)).ToArray())
            info.Environment.Remove(key);
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    private static long? ReadPeakMemory(string? memoryFile)
    {
        if (memoryFile is null || !File.Exists(memoryFile)) return null;
        // A killed or failing child makes time prepend "Command exited with non-zero status N"; the number is the last line.
        var last = File.ReadAllLines(memoryFile).LastOrDefault(l => l.Trim().Length > 0)?.Trim();
        return long.TryParse(last, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib) ? kib * 1024 : null;
    }

    private static string Locate() => BuiltProgram(Path.Combine("src", "GraphBuilder"), "graphbuilder.dll");

    /// <summary>A program of this repository built in the tests' configuration, e.g. ("bench/GraphBuilder.Benchmarks", "GraphBuilder.Benchmarks.dll").</summary>
    public static string BuiltProgram(string projectFolder, string dll)
    {
        var configuration = typeof(CliProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = RepoPaths.File(projectFolder, "bin", configuration, "net10.0", dll);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Build it first (dotnet build {projectFolder} -c {configuration}); not found: {path}");
    }
}
