using GraphBuilder.Testing;
using GraphBuilder.Testing.Cli;

namespace GraphBuilder.Robustness.Tests.Support;

/// <summary>Runs <c>graphbuilder</c> children with the repository's schema, seeds <c>seeds/</c> and store <c>graph.db</c> of a working folder.</summary>
public static class Cli
{
    public static string Schema { get; } = RepoPaths.File("schema");

    public static Task<CliResult> SyncAsync(string workingFolder, IReadOnlyDictionary<string, string>? environment = null, bool measureMemory = false, params string[] extra) =>
        CliProcess.RunAsync(workingFolder, ["sync", "--seeds", "seeds", "--db", "graph.db", "--schema", Schema, .. extra], environment,
            measureMemory, TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);

    public static Task<CliResult> RunAsync(string workingFolder, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        CliProcess.RunAsync(workingFolder, [.. arguments, "--schema", Schema], environment,
            measureMemory: false, TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);

    /// <summary>The CLI never shows a stack trace or an exception type name, whatever went wrong.</summary>
    public static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.AllOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.AllOutput, StringComparison.Ordinal);
    }
}
