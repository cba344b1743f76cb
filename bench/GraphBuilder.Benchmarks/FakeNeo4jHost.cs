using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GraphBuilder.Testing.Cli;
using GraphBuilder.Testing.Neo4j;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// The fake Query API server running in its own process (bench/GraphBuilder.FakeNeo4j), driven over its
/// stdin/stdout: the graph a 1M-element sync writes lives there, not in the process being measured.
/// </summary>
public sealed class FakeNeo4jHost : IAsyncDisposable
{
    private readonly Process _process;

    private FakeNeo4jHost(Process process, Uri uri)
    {
        _process = process;
        Uri = uri;
    }

    public Uri Uri { get; }

    public static async Task<FakeNeo4jHost> StartAsync(string user, string password, int transactionRowLimit, CancellationToken cancellationToken)
    {
        var dll = CliProcess.BuiltProgram(Path.Combine("bench", "GraphBuilder.FakeNeo4j"), "GraphBuilder.FakeNeo4j.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--user", user, "--password", password, "--row-limit", transactionRowLimit.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the fake Neo4j host");
        var first = await process.StandardOutput.ReadLineAsync(cancellationToken);
        const string Listening = "listening on ";
        if (first?.StartsWith(Listening, StringComparison.Ordinal) != true)
        {
            process.Kill();
            throw new InvalidOperationException($"the fake Neo4j host did not start: {first}");
        }
        return new FakeNeo4jHost(process, new Uri(first[Listening.Length..]));
    }

    public async Task<FakeQueryApiCounters> CountersAsync(CancellationToken cancellationToken) =>
        JsonSerializer.Deserialize<FakeQueryApiCounters>(await AskAsync("counters", cancellationToken))!;

    /// <summary>Starts counting requests and rows from zero.</summary>
    public Task ResetAsync(CancellationToken cancellationToken) => AskAsync("reset", cancellationToken);

    /// <summary>The host's own peak working set: what holding the graph cost the stand-in.</summary>
    public async Task<double> PeakWorkingSetMbAsync(CancellationToken cancellationToken) =>
        double.Parse(await AskAsync("peak-memory", cancellationToken), CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
        }
        _process.Dispose();
    }

    private async Task<string> AskAsync(string command, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync(command.AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);
        var answer = await _process.StandardOutput.ReadLineAsync(cancellationToken);
        return answer is not null && !answer.StartsWith("error:", StringComparison.Ordinal)
            ? answer
            : throw new InvalidOperationException($"the fake Neo4j host answered '{command}' with: {answer ?? "(it exited)"}");
    }
}
