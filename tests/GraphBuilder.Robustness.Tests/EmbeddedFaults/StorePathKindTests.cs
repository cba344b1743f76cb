using GraphBuilder.Robustness.Tests.BadInput;
using GraphBuilder.Robustness.Tests.Support;

namespace GraphBuilder.Robustness.Tests.EmbeddedFaults;

/// <summary>
/// <c>--db</c> naming something that is not a store file: a folder, a device (<c>--db /dev/null</c>), a FIFO, an empty
/// file. Every store command says what it is in one line (exit 1) and SQLite never creates a journal beside it.
/// </summary>
public sealed class StorePathKindTests : IDisposable
{
    private static readonly string[][] Commands =
    [
        ["sync", "--seeds", "seeds", "--db", "graph.db"],
        ["query", "who-accused-whom", "--db", "graph.db"],
        ["export", "--from-store", "--db", "graph.db"],
    ];

    private readonly TempFolder _folder = new("gb-store-kind");

    public StorePathKindTests() => _folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Kinds => new()
    {
        { "folder", "graph.db is a folder, not a store file; choose a file with --db" },
        { "null-device", "graph.db is not a regular file (a device, pipe or socket); the store is a file: choose one with --db" },
        { "fifo", "graph.db is not a regular file (a device, pipe or socket); the store is a file: choose one with --db" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EveryStoreCommand_RefusesAStorePathThatIsNotAFile_InOneLine_AndLeavesNoJournal(string kind, string message)
    {
        var store = _folder.File("graph.db");
        switch (kind)
        {
            case "folder": Directory.CreateDirectory(store); break;
            case "null-device": SpecialFiles.MakeDevice(store, "1", "3"); break;
            default: SpecialFiles.MakeFifo(store); break;
        }

        foreach (var arguments in Commands)
        {
            var result = await CliProcess.RunAsync(_folder.Path, [.. arguments, "--schema", RepoPaths.Schema]);

            Assert.True(result.ExitCode == 1, $"{arguments[0]}: {result}");
            Assert.Equal([$"error: {store[..^"graph.db".Length]}{message}"], result.StderrLines);
            result.AssertNoStackTrace();
            Assert.Equal(["graph.db", "seeds"], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task QueryAndExport_OnAnEmptyFile_SayItIsEmpty_NotThatItDoesNotExist()
    {
        File.WriteAllBytes(_folder.File("graph.db"), []);

        foreach (var arguments in Commands[1..])
        {
            var result = await CliProcess.RunAsync(_folder.Path, [.. arguments, "--schema", RepoPaths.Schema]);

            Assert.True(result.ExitCode == 1, $"{arguments[0]}: {result}");
            Assert.Contains("embedded store graph.db is an empty file, not a store yet; run 'graphbuilder sync' first", result.Stderr, StringComparison.Ordinal);
            result.AssertNoStackTrace();
        }
    }
}
