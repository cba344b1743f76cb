using System.Text.Json;

namespace GraphBuilder.Cli.Tests;

/// <summary>A citation's reviews (the curator's acknowledgement of an evidence flag) show beside its quote, read back from the store.</summary>
public sealed class ReviewOutputTests : SyncedReportsTest
{
    private const string Quote = "\"the Albanian government’s claim that Iran has carried out a cyberattack against the European state’s communication infrastructure\" (iran-daily-2022-09-09)";

    [Fact]
    public async Task QueryQuotes_ShowsEachReviewsFlagByOnAndNote_UnderItsQuote()
    {
        var result = await CliProcess.RunAsync(Work.Root, "query", "who-accused-whom", "--quotes");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"    {Quote}\n      reviewed [polarity] by evidence audit (issue 22) on 2026-12-04: Read: \"did not confirm\" is the UN spokesman's,",
            result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportJson_CarriesACitationsReviews()
    {
        var result = await CliProcess.RunAsync(Work.Root, "export", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var citation = json.RootElement.GetProperty("relationships").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "albania-accuses-iran-cyberattack")
            .GetProperty("properties").GetProperty("sources")[0];
        var review = Assert.Single(citation.GetProperty("reviewed").EnumerateArray().ToList());
        Assert.Equal(["flag", "by", "on", "note"], review.EnumerateObject().Select(p => p.Name));
        Assert.Equal("polarity", review.GetProperty("flag").GetString());
        Assert.Equal("evidence audit (issue 22)", review.GetProperty("by").GetString());
        Assert.Equal("2026-12-04", review.GetProperty("on").GetString());
        Assert.StartsWith("Read: \"did not confirm\" is the UN spokesman's,", review.GetProperty("note").GetString(), StringComparison.Ordinal);
    }
}
