using System.Globalization;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_Strict_ExitsZero_OnTheShippedSeeds()
    {
        using var work = TempSeeds.FromShippedSeeds();

        var result = await CliProcess.RunAsync(work.Root, "validate", "--strict");

        // Whatever the shipped seeds hold, they pass every check and warn about nothing.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^seeds: \d+ files valid: \d+ nodes \(.*\), \d+ relationships \(", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Validate_ExitsTwo_ListingEveryProblem_AsPathLineColumn_WithoutAStackTrace()
    {
        using var work = TempSeeds.FromFixture("validation/base");
        work.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iram
                date: 2022-02-30
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);
        work.Write("broken.yaml", "facts:\n  - id: &x f2\n");

        var result = await CliProcess.RunAsync(work.Root, "validate");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(
        [
            "seeds/broken.yaml:2:9: YAML anchors (&x) are not allowed in seed files (write the value out in full)",
            "seeds/facts/f.yaml:5:13: unknown entity 'iram' (did you mean 'iran'?)",
            "seeds/facts/f.yaml:6:11: '2022-02-30' is not a real date: February 2022 has 28 days",
            "3 errors; nothing was written.",
        ], result.StderrLines);
        // Only the evidence tally, which validate always ends with.
        Assert.Equal("evidence: 1 citation checked, 0 flagged, 0 reviewed", result.Stdout.TrimEnd());
    }

    [Fact]
    public async Task Validate_PrintsWarnings_ExitingZero_AndTwoUnderStrict()
    {
        using var work = TempSeeds.FromFixture("validation/base");
        work.Write("facts/f.yaml",
            "facts: [{id: f1, type: ACCUSES, subject: nato, object: iran, sources: [{source: report, quote: Albania accused Iran of the cyberattack}]}]\n");
        const string Problem = "seeds/facts/f.yaml:1:96: {0}quote does not name the subject 'nato' (\"North Atlantic Treaty Organization\", \"NATO\") [names] "
            + "(quote the words that name it, add an alias the document uses, or add a 'context:' quote just before it, in its paragraph, that names it)";

        var lenient = await CliProcess.RunAsync(work.Root, "validate");
        var strict = await CliProcess.RunAsync(work.Root, "validate", "--strict");

        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.Equal([string.Format(CultureInfo.InvariantCulture, Problem, "warning: ")], lenient.StderrLines);
        Assert.True(strict.ExitCode == 2, strict.ToString());
        Assert.Equal([string.Format(CultureInfo.InvariantCulture, Problem, ""), "1 error; nothing was written."], strict.StderrLines);
        Assert.Equal("evidence: 1 citation checked, 1 flagged, 0 reviewed", strict.Stdout.TrimEnd().Split('\n')[^1]);
        Assert.Equal("evidence: 1 citation checked, 1 flagged, 0 reviewed", lenient.Stdout.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public async Task Validate_ReportsHostileInput_WithoutAStackTrace()
    {
        using var work = TempSeeds.FromFixture("validation/base");
        work.WriteBytes("binary.yaml", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0]);
        work.Write("nul-path.yaml", "sources:\n  - id: s9\n    title: T\n    publisher: P\n    published: 2022-09-10\n    document: \"documents/\\0x.txt\"\n");
        File.CreateSymbolicLink(work.PathOf("dangling.yaml"), "missing.yaml");
        work.Write("deep.yaml", "facts: " + new string('[', 200) + new string(']', 200) + "\n");
        work.Write("tags.yaml", "facts:\n  - !!python/object/apply:os.system [\"echo pwned\"]\n");

        var result = await CliProcess.RunAsync(work.Root, "validate");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
        // The NUL in nul-path.yaml's document path breaks two rules: no control characters in text, and a usable file path.
        Assert.Equal(7, result.StderrLines.Length);
        Assert.Equal("6 errors; nothing was written.", result.StderrLines[^1]);
        Assert.All(result.StderrLines[..^1], line => Assert.Matches(@"^seeds/[a-z-]+\.yaml:\d+:\d+: ", line));
    }

    [Fact]
    public async Task Validate_ReportsABrokenSchema_WithPositions()
    {
        using var work = TempSeeds.FromFixture("validation/base");
        var schema = work.CopyShippedSchema();
        var vocabulary = File.ReadAllText(Path.Combine(schema, "vocabulary.yaml"));
        // The position is computed from the shipped file, which gains lines as the vocabulary grows.
        var line = vocabulary[..vocabulary.IndexOf("label: State", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        File.WriteAllText(Path.Combine(schema, "vocabulary.yaml"), vocabulary.Replace("label: State", "label: Sovereign State", StringComparison.Ordinal));

        var result = await CliProcess.RunAsync(work.Root, "validate");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Matches(@$"^schema/vocabulary\.yaml:{line}:12: label 'Sovereign State' must be a letter followed by letters, digits or '_'$", result.StderrLines[0]);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }
}
