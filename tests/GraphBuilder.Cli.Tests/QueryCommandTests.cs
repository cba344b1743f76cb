using System.Text.Json;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

public sealed class QueryCommandTests : SyncedReportsTest
{
    [Fact]
    public async Task Query_PrintsATable_OrderedByDate()
    {
        var result = await CliProcess.RunAsync(Work.Root, "query", "accusations-against", "--object", "Iran");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^SUBJECT\s+TYPE\s+OBJECT\s+DATE\s+ABOUT\s+SOURCES$", lines[0]);
        // Seven edges, five statements: Albania's and Rama's accusation is one, as are the NSC tweet and the US position it states.
        Assert.Equal("(7 relationships, 5 statements)", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("Albania ", StringComparison.Ordinal) && l.Contains(" 2022-09-07 ", StringComparison.Ordinal));
        // Month-precision dates sort first; NATO's statement is bounded to 7-9 September (issue 22's audit).
        Assert.StartsWith("United Kingdom", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("North Atlantic Treaty Organization", StringComparison.Ordinal) && l.Contains(" 2022-09-07/2022-09-09 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_PrintsJson_WithEndsPropertiesAndSources()
    {
        var result = await CliProcess.RunAsync(Work.Root, "query", "hosting", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        // Claims with a start date first, by that date; the others last.
        Assert.Equal(["albania-hosts-mko-since-2016", "albania-hosts-mko-agreed-2013", "iraq-hosted-mko"], items.Select(i => i.GetProperty("id").GetString()));
        var first = items[0];
        Assert.Equal(["id", "type", "subject", "object", "properties", "sources", "origins"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Albania", first.GetProperty("subject").GetProperty("name").GetString());
        Assert.Equal("Organisation", first.GetProperty("object").GetProperty("label").GetString());
        Assert.Equal("2016/..", first.GetProperty("properties").GetProperty("date").GetString());
        Assert.Equal("iran-daily-2022-09-09", first.GetProperty("sources")[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task Query_ResolvesAnAlias()
    {
        var result = await CliProcess.RunAsync(Work.Root, "query", "claims", "--subject", "Kanaani", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.NotEmpty(json.RootElement.EnumerateArray());
        Assert.All(json.RootElement.EnumerateArray(), m => Assert.True(
            m.GetProperty("subject").GetProperty("id").GetString() == "nasser-kanaani" || m.GetProperty("object").GetProperty("id").GetString() == "nasser-kanaani"));
    }

    [Fact]
    public async Task Query_UnknownName_ExitsTwo_ListingTheKnownQueries()
    {
        var result = await CliProcess.RunAsync(Work.Root, "query", "who-hosts");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("error: unknown query 'who-hosts'; known queries:", result.StderrLines[0]);
        Assert.Equal(["who-accused-whom", "accusations-against", "sanctions", "hosting", "denials", "claims"],
            result.StderrLines[1..].Select(l => l.Trim().Split(' ')[0]));
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task Query_WithoutTheRequiredEntity_ExitsTwo_WithAMessage()
    {
        var result = await CliProcess.RunAsync(Work.Root, "query", "accusations-against");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(["error: query 'accusations-against' needs --object"], result.StderrLines);
    }

    [Theory]
    [InlineData("--object", "Irann", "iran")]
    [InlineData("--subject", "Naser Kanaani", "Nasser Kanaani")]
    public async Task Query_UnknownEntity_ExitsTwo_WithDidYouMean_OverIdsNamesAndAliases(string option, string wrong, string suggestion)
    {
        var result = await CliProcess.RunAsync(Work.Root, "query", "claims", option, wrong);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal([$"error: {option}: no entity '{wrong}' in embedded store graph.db (did you mean '{suggestion}'?)"], result.StderrLines);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task Query_Quotes_ShowsEachQuotesContext_SoAPronounSaysWho()
    {
        var result = await CliProcess.RunAsync(Work.Root, new Dictionary<string, string> { ["COLUMNS"] = "400" },
            "query", "claims", "--subject", "nasser-kanaani", "--quotes");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n');
        var quote = Array.FindIndex(lines, l => l.StartsWith("    \"The spokesperson identified as", StringComparison.Ordinal));
        Assert.True(quote > 0, result.ToString());
        Assert.Equal("      context: \"Earlier, Iranian Foreign Ministry spokesperson Nasser Kana'ani had slammed Tirana's decision\"", lines[quote + 1]);
    }
}

