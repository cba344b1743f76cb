using System.Text.Json;
using System.Text.RegularExpressions;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>The weekly job, end to end through the real CLI on a copy of the seeds: add a report, find a quote, write a fact, validate, sync, query.</summary>
public sealed partial class AddingAReportTests : IDisposable
{
    private readonly TempSeeds _work = TempSeeds.FromShippedSeeds();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task AddingAReport_EndToEnd_ReachesTheQueryResults()
    {
        File.WriteAllText(Path.Combine(_work.Root, "report.html"), """
            <html><head><title>Albania expels Iranian diplomats</title></head><body>
            <p>Tirana, 8 September 2022.</p>
            <p>Albania's prime minister said the country had expelled Iranian diplomats after the cyberattack. Tehran called the move hostile.</p>
            </body></html>
            """);
        var add = await CliProcess.RunAsync(_work.Root, "add", "source", "report.html", "--id", "example-2022-09-08",
            "--publisher", "Example Wire", "--published", "2022-09-08");
        Assert.True(add.ExitCode == 0, add.ToString());

        var find = await CliProcess.RunAsync(_work.Root, "find", "expelled diplomats", "--source", "example-2022-09-08");
        Assert.True(find.ExitCode == 0, find.ToString());
        var citation = CitationLines().Match(find.Stdout);
        Assert.True(citation.Success, find.ToString());

        var entities = await CliProcess.RunAsync(_work.Root, "entities", "--kind", "state", "Iran");
        Assert.Contains("\niran ", entities.Stdout, StringComparison.Ordinal);
        _work.Write("facts/expulsions.yaml", $"""
            facts:
              - id: albania-expels-iranian-diplomats
                type: ACCUSES
                subject: albania
                object: iran
                date: 2022-09-08
                about: expulsion of Iranian diplomats after the cyberattack
                sources:
            {citation.Value}
            """);

        var validate = await CliProcess.RunAsync(_work.Root, "validate");
        Assert.True(validate.ExitCode == 0, validate.ToString());
        var sync = await CliProcess.RunAsync(_work.Root, "sync");
        Assert.True(sync.ExitCode == 0, sync.ToString());
        var query = await CliProcess.RunAsync(_work.Root, "query", "accusations-against", "--object", "Iran", "--format", "json");

        Assert.True(query.ExitCode == 0, query.ToString());
        using var json = JsonDocument.Parse(query.Stdout);
        var added = json.RootElement.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "albania-expels-iranian-diplomats");
        Assert.Equal("example-2022-09-08", added.GetProperty("sources")[0].GetProperty("source").GetString());
        Assert.Contains("expelled Iranian diplomats", added.GetProperty("sources")[0].GetProperty("quote").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The two pasteable lines <c>find</c> prints for a passage.</summary>
    [GeneratedRegex(@"      - source: .*\n        quote: .*")]
    private static partial Regex CitationLines();
}
