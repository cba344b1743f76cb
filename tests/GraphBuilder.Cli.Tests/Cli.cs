using GraphBuilder.Testing.Cli;

namespace GraphBuilder.Cli.Tests;

/// <summary>Runs the real CLI (<see cref="CliProcess"/>) in a folder, with extra environment variables when a test needs them.</summary>
internal static class Cli
{
    public static Task<GraphBuilder.Testing.Cli.CliResult> RunAsync(string folder, params string[] arguments) => RunAsync(folder, null, arguments);

    public static Task<GraphBuilder.Testing.Cli.CliResult> RunAsync(string folder, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        CliProcess.RunAsync(folder, arguments, environment, timeout: TimeSpan.FromMinutes(2), cancellationToken: TestContext.Current.CancellationToken);

    public static void AssertNoStackTrace(GraphBuilder.Testing.Cli.CliResult result) =>
        Assert.False(result.AllOutput.Contains("   at ", StringComparison.Ordinal) || result.AllOutput.Contains("Exception:", StringComparison.Ordinal), result.ToString());
}
