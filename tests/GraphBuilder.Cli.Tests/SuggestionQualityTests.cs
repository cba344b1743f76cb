using System.Globalization;
using System.Text.RegularExpressions;
using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// How well <c>suggest</c> reads the frozen three reports: its candidates, proposed from a copy of the fixture without its
/// facts, against the facts curators wrote from them. What counts: a candidate matches a curated citation when a curated
/// fact of the same type, subject and object cites the same source (direction included; the quote is not compared: a
/// candidate's quote passes validate --strict (once reviewed, for one that needs it), a curator may have cited another passage of the report). Precision: the
/// share of candidates that match; recall: the share of curated citations (by source, type, subject, object) proposed.
/// Printed, and stated in README.md, twice: for the ready candidates alone (passing validate --strict as they are) and for
/// the ready ones with those that need review (passing only once a curator reviews the evidence flags validate raised,
/// which suggest writes after '---'). The issue's aim, recall above 80 % at precision above 60 %, is read against the
/// second: a curator reads every candidate either way. The floors below are what each reaches now less a few points
/// (README.md says so), so a change that reads worse fails here.
/// </summary>
public sealed partial class SuggestionQualityTests
{
    [Fact]
    public async Task Suggest_OnTheFrozenReports_ProposesMostCuratedFacts_MostlyRightly()
    {
        var corpus = new SeedCorpusLoader(VocabularyLoader.LoadFromFolder(RepoPaths.Schema)).Load(RepoPaths.Reports, TestContext.Current.CancellationToken).Corpus;
        var citations = corpus.Facts
            .SelectMany(f => f.Sources.Select(c => (Key: (Source: c.Source!.Value, Type: f.Type!.Value, Subject: f.Subject!.Value, Object: f.Object!.Value), Reviewed: c.Reviews.Count > 0)))
            .ToList();
        var curated = citations.Select(c => c.Key).ToHashSet();
        // Curated citations every quote of which passes validate --strict only with a curator's review.
        var reviewedOnly = curated.Count(k => citations.Where(c => c.Key == k).All(c => c.Reviewed));
        using var work = TempSeeds.FromReports();
        Directory.Delete(work.PathOf("facts"), recursive: true);

        var ready = new HashSet<(string Source, string Type, string Subject, string Object)>();
        var all = new HashSet<(string Source, string Type, string Subject, string Object)>();
        foreach (var source in corpus.Sources.Select(s => s.Id!.Value))
        {
            var result = await CliProcess.RunAsync(work.Root, "suggest", "--source", source);
            Assert.True(result.ExitCode == 0, result.ToString());
            // The ready candidates come first; those that need a curator's review follow the '---' line.
            var review = result.Stdout.IndexOf("\n---\n", StringComparison.Ordinal);
            foreach (Match m in Candidate().Matches(result.Stdout))
            {
                var key = (source, m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
                all.Add(key);
                if (review < 0 || m.Index < review) ready.Add(key);
            }
        }

        var output = TestContext.Current.TestOutputHelper!;
        var (readyPrecision, readyRecall, readyFigures) = Measure("ready", ready, curated);
        var (precision, recall, figures) = Measure("ready and needing review", all, curated);
        output.WriteLine(readyFigures);
        output.WriteLine(figures);
        output.WriteLine($"{reviewedOnly} curated citations pass only with a curator's review");
        foreach (var missed in curated.Where(c => !all.Contains(c)).Order()) output.WriteLine($"missed: {missed}");
        foreach (var extra in all.Where(c => !curated.Contains(c)).Order()) output.WriteLine($"not curated: {extra}{(ready.Contains(extra) ? "" : " (needs review)")}");
        Assert.True(readyRecall >= 0.62 && readyPrecision >= 0.86, readyFigures);
        Assert.True(recall >= 0.85 && precision >= 0.88, figures);
    }

    private static (double Precision, double Recall, string Figures) Measure(
        string what, HashSet<(string, string, string, string)> suggested, HashSet<(string, string, string, string)> curated)
    {
        var right = suggested.Count(curated.Contains);
        var found = curated.Count(suggested.Contains);
        var precision = (double)right / suggested.Count;
        var recall = (double)found / curated.Count;
        return (precision, recall, string.Create(CultureInfo.InvariantCulture,
            $"suggest on the frozen reports, {what}: {suggested.Count} candidates, {right} of them curated (precision {precision:P0}); {curated.Count} curated citations, {found} of them proposed (recall {recall:P0})"));
    }

    [GeneratedRegex(@"\n    type: (\S+)\n    subject: (\S+)\n    object: (\S+)\n")]
    private static partial Regex Candidate();
}
