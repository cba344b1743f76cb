using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>The curation commands: add source, entities, find; and YAML that names an entity by name or alias.</summary>
public sealed class CurationTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>US sanctions Iran&#8217;s intelligence ministry</title>
        <style>p { color: red }</style><script>var tracking = "Albania";</script></head>
        <body><nav><a href="/">Home</a></nav>
        <article><h1>US sanctions Iran's intelligence ministry</h1>
        <p>Washington, 9 September 2022. The US Treasury <b>sanctioned</b> Iran's Ministry of Intelligence and Security
        over the cyberattack on Albania. It said the ministry &amp; its minister directed the attack.</p>
        <p>Iran rejected the decision.</p></article></body></html>
        """;

    private readonly TempSeeds _work = TempSeeds.FromFixture("validation/base");

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task AddSource_ConvertsHtmlToText_AndAppendsAValidSourceEntry()
    {
        var page = Path.Combine(_work.Root, "page.html");
        File.WriteAllText(page, Page);

        var result = await CliProcess.RunAsync(_work.Root, "add", "source", "page.html", "--id", "treasury-2022-09-09",
            "--publisher", "Example Times", "--published", "2022-09-09", "--url", "https://example.org/sanctions");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("Added source treasury-2022-09-09: seeds/documents/treasury-2022-09-09.txt", result.Stdout, StringComparison.Ordinal);
        // Run from its build output, the CLI's hints say how to run it that way (the installed tool's say "graphbuilder").
        Assert.Contains($"dotnet run --project {RepoPaths.File("src", "GraphBuilder")} -- find", result.Stdout, StringComparison.Ordinal);
        var text = _work.Read("documents/treasury-2022-09-09.txt");
        Assert.Contains("The US Treasury sanctioned Iran's Ministry of Intelligence and Security over the cyberattack on Albania.", text, StringComparison.Ordinal);
        Assert.Contains("the ministry & its minister", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", text, StringComparison.Ordinal);
        Assert.DoesNotContain("color", text, StringComparison.Ordinal);
        Assert.Contains("title: \"US sanctions Iran’s intelligence ministry\"", _work.Read("sources.yaml"), StringComparison.Ordinal);
        var validate = await CliProcess.RunAsync(_work.Root, "validate");
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public async Task AddSource_WithAnIdInUse_ExitsTwo_AndWritesNothing()
    {
        File.WriteAllText(Path.Combine(_work.Root, "r.txt"), "Some report.\n");
        var before = _work.Read("sources.yaml");

        var result = await CliProcess.RunAsync(_work.Root, "add", "source", "r.txt", "--id", "albania", "--title", "T", "--publisher", "P", "--published", "2022-09-09");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--id 'albania' is already used", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, _work.Read("sources.yaml"));
        Assert.False(File.Exists(_work.PathOf("documents/albania.txt")));
    }

    [Fact]
    public async Task Entities_ListsIdsNamesAndAliases_FilteredByKindAndName()
    {
        var all = await CliProcess.RunAsync(_work.Root, "entities");
        var states = await CliProcess.RunAsync(_work.Root, "entities", "--kind", "state");
        var byAlias = await CliProcess.RunAsync(_work.Root, "entities", "tirana");

        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.Matches(@"\nnato +organisation +North Atlantic Treaty Organization \(NATO\)\n", all.Stdout);
        Assert.Equal(["albania", "iran"], states.Stdout.Split('\n').Skip(1).Where(l => l.Length > 0 && !l.StartsWith('(')).Select(l => l.Split(' ')[0]));
        Assert.Equal(["albania"], byAlias.Stdout.Split('\n').Skip(1).Where(l => l.Length > 0 && !l.StartsWith('(')).Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public async Task Entities_TableFitsTheTerminalWidth_ShorteningNamesNotIds()
    {
        var result = await CliProcess.RunAsync(_work.Root, new Dictionary<string, string> { ["COLUMNS"] = "40" }, "entities");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.True(line.Length <= 40, $"{line.Length} columns: {line}"));
        Assert.Contains(lines, line => line.StartsWith("nato ", StringComparison.Ordinal) && line.EndsWith('…'));
    }

    [Fact]
    public async Task Find_PrintsReadyToPasteQuotes_WithSourceAndLine()
    {
        var result = await CliProcess.RunAsync(_work.Root, "find", "accused cyberattack");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("""
            seeds/documents/report.txt:2
                  - source: report
                    quote: "Albania accused Iran of the cyberattack against its government systems, Prime Minister Edi Rama said."

            """, result.Stdout);
    }

    [Fact]
    public async Task Find_WidensATooShortSentenceToItsLine_SoThePastedQuoteValidates()
    {
        _work.Write("documents/other.txt", "NATO condemned it. The alliance voiced support for Albania after the attack.\n");

        var found = await CliProcess.RunAsync(_work.Root, "find", "condemned", "--source", "other-report");

        Assert.True(found.ExitCode == 0, found.ToString());
        var citation = found.Stdout.Split('\n')[1..3];
        Assert.Equal(
        [
            "      - source: other-report",
            "        quote: \"NATO condemned it. The alliance voiced support for Albania after the attack.\"",
        ], citation);
        _work.Write("facts/f.yaml", "facts:\n  - id: f1\n    type: ACCUSES\n    subject: nato\n    object: iran\n    sources:\n" + string.Join('\n', citation) + "\n");
        var validated = await CliProcess.RunAsync(_work.Root, "validate");
        Assert.True(validated.ExitCode == 0, validated.ToString());
    }

    [Fact]
    public async Task Find_WithNoMatch_SaysSoOnStderr_AndExitsZero()
    {
        var result = await CliProcess.RunAsync(_work.Root, "find", "zeppelin");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Stdout);
        Assert.Equal("no passage in 2 source documents contains all of: zeppelin", result.Stderr.Trim());
    }

    [Fact]
    public async Task Find_WithAnUnknownSource_ExitsTwo_WithDidYouMean()
    {
        var result = await CliProcess.RunAsync(_work.Root, "find", "Iran", "--source", "reprot");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("did you mean 'report'?", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ReferenceByAlias_SuggestsTheId()
    {
        _work.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: tirana
                object: iran
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);

        var result = await CliProcess.RunAsync(_work.Root, "validate");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("seeds/facts/f.yaml:4:14: unknown entity 'tirana' (did you mean 'albania'? 'tirana' is its name or alias; references use ids)\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_MatchingNothing_ExitsZero_SayingSoOnStderr_LikeFindAndQuery()
    {
        var result = await CliProcess.RunAsync(_work.Root, "entities", "Irn");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("no entity matches 'Irn'", result.Stderr, StringComparison.Ordinal);
    }
}

