using System.Text.RegularExpressions;
using GraphBuilder.Robustness.Tests.Support;
using GraphBuilder.Testing;

namespace GraphBuilder.Robustness.Tests.BadInput;

/// <summary>
/// Runs one bad-input case through the real CLI: base corpus + the case's files in a temp folder, a store
/// already synced from the base corpus, then <c>graphbuilder sync</c>. Asserts exit code 2, the expected
/// <c>path:line:column: message</c> line, no stack trace, bounded memory and a byte-identical store.
/// </summary>
public static partial class BadInputRunner
{
    /// <summary>Generous: the CLI peaks near 50 MB on these inputs; a parser that expanded aliases or buffered
    /// 50 MB as UTF-16 several times would pass it.</summary>
    private const long MaxPeakMemoryBytes = 300L * 1024 * 1024;

    public static async Task RunAsync(BadInputCase badCase, byte[] baseStore)
    {
        using var folder = new TempFolder("gb-bad-" + badCase.Case);
        folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        if (badCase.Generated) BadInputGenerators.Generate(badCase, folder.Path);
        else folder.CopyIn(Path.Combine(BadInputCase.Folder, badCase.Case), "seeds");
        var store = folder.File("graph.db");
        await File.WriteAllBytesAsync(store, baseStore, TestContext.Current.CancellationToken);
        var before = FileHash.Of(store);

        var result = await CliProcess.RunAsync(folder.Path, ["sync", "--seeds", "seeds", "--db", "graph.db", "--schema", RepoPaths.Schema], measureMemory: true);

        Assert.True(result.ExitCode == 2, $"{badCase.Case}: expected exit code 2\n{result}");
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith(badCase.Position, StringComparison.Ordinal) && l.Contains(badCase.Message, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Matches(DiagnosticOrSummary(), l));
        result.AssertNoStackTrace();
        Assert.Equal(before, FileHash.Of(store));
        Assert.False(File.Exists(store + "-journal") || File.Exists(store + "-wal"), "a journal was left beside the store");
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "pwned*", NoLinks.Recursive));
        if (result.PeakMemoryBytes is { } peak)
            Assert.True(peak < MaxPeakMemoryBytes, $"{badCase.Case}: peak memory {peak / 1048576} MB");
    }

    [GeneratedRegex(@"^(\S[^:]*:\d+:\d+: .+|\d+ errors?; nothing was written\.)$")]
    private static partial Regex DiagnosticOrSummary();
}
