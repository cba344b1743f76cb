using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Xunit;

namespace GraphBuilder.Testing.Cli;

/// <summary>
/// Runs the real <c>graphbuilder</c> CLI (the built <c>graphbuilder.dll</c>) as a child process with
/// <c>dotnet</c>, in a given working folder and environment, as users run it: to exit with
/// <see cref="RunAsync(string, string[])"/>, or long-running (<c>watch</c>, a sync to kill) with
/// <see cref="Start"/>. Every <c>GraphBuilder__*</c> variable of the test's own environment is removed,
/// so only what a test passes reaches the child. Peak memory is measured with <c>/usr/bin/time</c> when
/// asked for and available.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private const string TimeTool = "/usr/bin/time";
    private const int SIGTERM = 15;

    /// <summary>A hang guard for runs to exit, not a timing assertion.</summary>
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The CLI build next to this test build (same configuration).</summary>
    public static string DllPath { get; } = Locate();

    public static bool CanMeasureMemory => File.Exists(TimeTool) && OperatingSystem.IsLinux();

    /// <summary>Output so far, line by line as the child writes it.</summary>
    public string Stdout
    {
        get { lock (_stdout) return _stdout.ToString(); }
    }

    public string Stderr
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] arguments) =>
        RunAsync(workingDirectory, environment: null, arguments);

    public static Task<CliResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunAsync(workingDirectory, arguments, environment, measureMemory: false);

    /// <param name="dll">Another of the repository's programs to run the same way (default: the CLI).</param>
    /// <param name="cancellationToken">Default: the running test's token.</param>
    public static async Task<CliResult> RunAsync(
        string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null,
        bool measureMemory = false, TimeSpan? timeout = null, CancellationToken cancellationToken = default, string? dll = null)
    {
        if (!cancellationToken.CanBeCanceled) cancellationToken = TestContext.Current.CancellationToken;
        var limit = timeout ?? DefaultTimeout;
        var memoryFile = measureMemory && CanMeasureMemory ? Path.Combine(Path.GetTempPath(), $"gb-rss-{Guid.NewGuid():N}.txt") : null;
        using var process = StartProcess(workingDirectory, arguments, environment, memoryFile, dll ?? DllPath);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limited = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limited.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(limited.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (memoryFile is not null) File.Delete(memoryFile);
            throw new TimeoutException($"{Path.GetFileNameWithoutExtension(dll ?? "graphbuilder")} {string.Join(' ', arguments)} did not finish within {limit}");
        }
        var result = new CliResult(process.ExitCode, await stdout, await stderr, ReadPeakMemory(memoryFile));
        if (memoryFile is not null) File.Delete(memoryFile);
        return result;
    }

    /// <summary>Starts the CLI and returns at once (to signal or kill it mid-run); output is collected as it comes.</summary>
    public static CliProcess Start(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        new(StartProcess(workingDirectory, arguments, environment, memoryFile: null, DllPath));

    /// <summary>Sends SIGTERM, as systemd, Docker or Kubernetes do (<see cref="KillAsync"/> sends SIGKILL).</summary>
    public void Terminate()
    {
        if (kill(_process.Id, SIGTERM) != 0) throw new InvalidOperationException($"kill failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>SIGKILL, as a crash or an OOM kill ends a process; returns once it has exited.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Waits for exit; false if it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(timeout, TestContext.Current.CancellationToken);
            _process.WaitForExit(); // flushes the redirected output
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    /// <summary>A program of this repository built in the tests' configuration, e.g. ("bench/GraphBuilder.Benchmarks", "GraphBuilder.Benchmarks.dll").</summary>
    public static string BuiltProgram(string projectFolder, string dll)
    {
        var configuration = typeof(CliProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = RepoPaths.File(projectFolder, "bin", configuration, "net10.0", dll);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Build it first (dotnet build {projectFolder} -c {configuration}); not found: {path}");
    }

    private static Process StartProcess(
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
            foreach (var a in new[] { "-f", "%M", "-o", memoryFile, DotnetHost() }) info.ArgumentList.Add(a);
        }
        else
        {
            info.FileName = DotnetHost();
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

    /// <summary>The dotnet that runs the tests (set by dotnet test), so the child runs on the same runtime.</summary>
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null) return;
        lock (buffer) buffer.AppendLine(line);
    }

    private static long? ReadPeakMemory(string? memoryFile)
    {
        if (memoryFile is null || !File.Exists(memoryFile)) return null;
        // A killed or failing child makes time prepend "Command exited with non-zero status N"; the number is the last line.
        var last = File.ReadAllLines(memoryFile).LastOrDefault(l => l.Trim().Length > 0)?.Trim();
        return long.TryParse(last, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib) ? kib * 1024 : null;
    }

    private static string Locate() => BuiltProgram(Path.Combine("src", "GraphBuilder"), "graphbuilder.dll");

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
