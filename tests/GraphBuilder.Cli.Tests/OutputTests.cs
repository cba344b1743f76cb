using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>Output that fits: tables within the terminal, quotes on request, dry runs that say what changes, capped error lists.</summary>
public sealed class OutputTests : IDisposable
{
    private const string Fact = """
        facts:
          - id: albania-accuses-iran
            type: ACCUSES
            subject: albania
            object: iran
            date: 2022-09-07
            about: the cyberattack against its government systems, as Prime Minister Edi Rama said in a long televised address
            sources:
              - source: report
                quote: Albania accused Iran of the cyberattack
        """;

    private readonly TempSeeds _work = TempSeeds.FromFixture("validation/base");

    public OutputTests() => _work.Write("facts/accusations.yaml", Fact);

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task QueryTable_FitsTheTerminalWidth_FromColumns()
    {
        await CliProcess.RunAsync(_work.Root, "sync");

        var result = await CliProcess.RunAsync(_work.Root, new Dictionary<string, string> { ["COLUMNS"] = "60" }, "query", "who-accused-whom");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= 60, $"{l.Length} columns: {l}"));
        Assert.Contains("…", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryQuotes_ShowsEachQuoteUnderItsRow()
    {
        await CliProcess.RunAsync(_work.Root, "sync");

        var plain = await CliProcess.RunAsync(_work.Root, "query", "who-accused-whom");
        var quoted = await CliProcess.RunAsync(_work.Root, "query", "who-accused-whom", "--quotes");

        Assert.DoesNotContain("Albania accused Iran of the cyberattack", plain.Stdout, StringComparison.Ordinal);
        Assert.Contains("    \"Albania accused Iran of the cyberattack\" (report)\n", quoted.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncDryRun_NamesTheChangedProperties_OldAndNew()
    {
        await CliProcess.RunAsync(_work.Root, "sync");
        _work.Write("facts/accusations.yaml", Fact.Replace("date: 2022-09-07", "date: 2022-09-08", StringComparison.Ordinal));

        var result = await CliProcess.RunAsync(_work.Root, "sync", "--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("~ relationship albania-accuses-iran (albania -[ACCUSES]-> iran)\n    date: \"2022-09-07\" -> \"2022-09-08\"\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_InfersTheFormatFromTheOutputFile()
    {
        var result = await CliProcess.RunAsync(_work.Root, "export", "-o", "graph.html");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(_work.Root, "graph.html")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Export_RefusesAFormatThatContradictsTheOutputFile()
    {
        var result = await CliProcess.RunAsync(_work.Root, "export", "--format", "json", "-o", "graph.html");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("error: --format json contradicts -o graph.html (a .html file is html); drop --format or change the file name\n", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_work.Root, "graph.html")));
    }

    [Fact]
    public async Task Export_IntoAMissingFolder_NamesThePathGiven()
    {
        var result = await CliProcess.RunAsync(_work.Root, "export", "-o", "/no/such/dir/g.html");

        Assert.Equal("error: cannot write /no/such/dir/g.html: folder /no/such/dir does not exist\n", result.Stderr);
    }

    [Fact]
    public async Task Errors_AreCappedAtAHundred_ThenCounted()
    {
        var facts = string.Concat(Enumerable.Range(0, 150).Select(i => $"  - id: f{i}\n    type: ACCUSES\n    subject: albania\n    object: nobody{i}\n    sources:\n      - source: report\n        quote: Albania accused Iran of the cyberattack\n"));
        _work.Write("facts/many.yaml", "facts:\n" + facts);

        var result = await CliProcess.RunAsync(_work.Root, "validate");

        Assert.True(result.ExitCode == 2, result.ToString());
        var lines = result.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(102, lines.Length);
        Assert.Equal("... and 50 more errors not shown", lines[100]);
        Assert.Equal("150 errors; nothing was written.", lines[101]);
    }

    [Fact]
    public async Task Validate_InAFolderOfNoSeedFiles_HintsThatTheFolderIsWrong()
    {
        using var elsewhere = TempSeeds.Empty();
        elsewhere.Write("notes/readme.txt", "not seeds");

        var result = await CliProcess.RunAsync(elsewhere.Root, "validate");

        Assert.Contains("hint: 'seeds' holds no *.yaml seed files; is --seeds the right folder?", result.Stderr, StringComparison.Ordinal);
    }
}
