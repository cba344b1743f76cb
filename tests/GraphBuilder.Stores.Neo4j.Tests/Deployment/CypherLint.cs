using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using GraphBuilder.Testing;

namespace GraphBuilder.Stores.Neo4j.Tests.Deployment;

/// <summary>
/// Runs tools/cypher-lint (Neo4j's @neo4j-cypher/language-support under Cypher 5 and 25) with node.
/// Fails, never skips, when node or the package is missing: the check is part of the suite.
/// </summary>
internal static class CypherLint
{
    private static readonly string Folder = RepoPaths.File("tools", "cypher-lint");

    public sealed record Statement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters);

    public sealed record Result(int ExitCode, string Output)
    {
        public override string ToString() => $"cypher-lint exit {ExitCode}:\n{Output}";
    }

    public static Task<Result> StatementsAsync(IEnumerable<Statement> statements) =>
        RunAsync([], JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, text = s.Text, parameters = s.Parameters })));

    public static Task<Result> FilesAsync(IEnumerable<string> paths) => RunAsync(paths.ToArray(), input: null);

    private static async Task<Result> RunAsync(string[] arguments, string? input)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support")),
            $"Neo4j's Cypher linter is not installed: run (cd {Folder} && npm ci --no-audit --no-fund)");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("lint.mjs");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            Assert.Fail($"node (Node.js) is needed to lint Cypher and could not be started: {ex.Message}");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            if (input is not null) await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return new Result(process.ExitCode, await output + await errors);
        }
    }
}
