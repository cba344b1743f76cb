using GraphBuilder.Robustness.Tests.Support;

namespace GraphBuilder.Robustness.Tests.EmbeddedFaults;

/// <summary>Every CLI command that opens the embedded store, for "each one refuses it the same way" checks.</summary>
internal static class StoreCommands
{
    private static readonly string[][] All =
    [
        ["sync", "--seeds", "seeds", "--db", "graph.db"],
        ["query", "who-accused-whom", "--db", "graph.db"],
        ["export", "--from-store", "--db", "graph.db"],
    ];

    /// <summary>Runs each command in <paramref name="folder"/>: exit 1, every one of <paramref name="messages"/> on stderr, no stack trace, the store file unchanged.</summary>
    public static async Task AssertEachRefusesAsync(string folder, string store, params string[] messages)
    {
        var before = FileHash.Of(store);
        foreach (var arguments in All)
        {
            var result = await CliProcess.RunAsync(folder, [.. arguments, "--schema", RepoPaths.Schema]);
            Assert.True(result.ExitCode == 1, $"{arguments[0]}: {result}");
            foreach (var message in messages) Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
            result.AssertNoStackTrace();
            Assert.Equal(before, FileHash.Of(store));
        }
    }
}
