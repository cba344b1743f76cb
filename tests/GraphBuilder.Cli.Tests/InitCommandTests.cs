using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary><c>graphbuilder init DIR</c> starts a graph project that works on its own.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public async Task Init_CreatesAProject_WhoseExampleValidatesStrict_AgainstItsOwnSchema()
    {
        using var work = new TempFolder();

        var init = await CliProcess.RunAsync(work.Path, "init", "graph");
        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(File.Exists(work.File("graph", "schema", "vocabulary.yaml")));
        Assert.True(File.Exists(work.File("graph", "README.md")));

        var validate = await CliProcess.RunAsync(work.File("graph"), "validate", "--strict");
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Matches(@"^seeds: \d+ files valid: [1-9]\d* nodes .* [1-9]\d* relationships", validate.Stdout);
        Assert.Equal("", validate.Stderr);
    }

    [Fact]
    public async Task Init_RefusesAFolderThatIsNotEmpty_WritingNothing()
    {
        using var work = new TempFolder();
        Directory.CreateDirectory(work.File("graph"));
        File.WriteAllText(work.File("graph", "notes.txt"), "mine");

        var init = await CliProcess.RunAsync(work.Path, "init", "graph");

        Assert.True(init.ExitCode == 2, init.ToString());
        Assert.Contains("is not empty", init.Stderr, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(work.File("graph")).Select(Path.GetFileName));
    }
}
