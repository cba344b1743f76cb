using GraphBuilder.Robustness.Tests.BadInput;

namespace GraphBuilder.Robustness.Tests.Hostile;

/// <summary>
/// Invisible and direction-changing characters never reach a terminal raw: a reference holding a right-to-left
/// override is refused at its position, and every diagnostic that quotes it shows it escaped.
/// </summary>
public sealed class InvisibleCharacterTests
{
    private static readonly char[] Hidden = ['\u202E', '\u200B', '\u2067', '\uFEFF'];

    [Fact]
    public async Task Validate_RefusesABidiOverrideInAReference_AndPrintsItEscaped()
    {
        using var folder = new TempFolder("gb-invisible");
        var seeds = folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        var facts = Path.Combine(seeds, "facts", "accusations.yaml");
        File.WriteAllText(facts, File.ReadAllText(facts).Replace("subject: alpha\n", "subject: \"al\u202Epha\u200B\"\n", StringComparison.Ordinal));

        var result = await CliProcess.RunAsync(folder.Path, "validate", "--seeds", "seeds", "--schema", RepoPaths.Schema);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("seeds/facts/accusations.yaml:5:14: an id contains the invisible or direction-changing character U+202E at character 3", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(@"'al\u202Epha\u200B'", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(-1, result.AllOutput.IndexOfAny(Hidden));
        result.AssertNoStackTrace();
    }

    [Fact]
    public async Task QueryTable_ShowsADirectionChangingCharacterInAnAllowedField_Escaped()
    {
        using var folder = new TempFolder("gb-invisible");
        var seeds = folder.CopyIn(Path.Combine(BadInputCase.Folder, "_base"), "seeds");
        var facts = Path.Combine(seeds, "facts", "accusations.yaml");
        File.WriteAllText(facts, File.ReadAllText(facts).Replace("about: the outage\n", "about: \"the \\u202Eoutage\"\n", StringComparison.Ordinal));
        var sync = await CliProcess.RunAsync(folder.Path, "sync", "--seeds", "seeds", "--db", "graph.db", "--schema", RepoPaths.Schema);
        Assert.True(sync.ExitCode == 0, sync.ToString());

        var result = await CliProcess.RunAsync(folder.Path, "query", "claims", "--subject", "alpha", "--quotes", "--db", "graph.db", "--seeds", "seeds", "--schema", RepoPaths.Schema);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(@"the \u202Eoutage", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(-1, result.AllOutput.IndexOfAny(Hidden));
    }
}
