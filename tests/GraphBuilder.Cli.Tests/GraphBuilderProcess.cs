using System.Diagnostics;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>The result of one <c>graphbuilder</c> run.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs the built <c>graphbuilder.dll</c> (from src/GraphBuilder's output folder, which ships the schema)
/// as a child process in a given working folder, so exit codes and output are exactly what users get.
/// </summary>
public static class GraphBuilderProcess
{
    private static readonly Lazy<string> Dll = new(() =>
    {
        // tests/GraphBuilder.Cli.Tests/bin/<Configuration>/<tfm>/ → src/GraphBuilder/bin/<Configuration>/<tfm>/
        var tfm = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(RepoPaths.Root, "src", "GraphBuilder", "bin", configuration, tfm, "graphbuilder.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"build src/GraphBuilder first: {path} not found");
    });

    public static async Task<CliResult> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll.Value);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("GraphBuilder", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2)); // a hang guard, not a timing assertion
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new CliResult(process.ExitCode, (await stdout).Replace("\r\n", "\n", StringComparison.Ordinal), (await stderr).Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
