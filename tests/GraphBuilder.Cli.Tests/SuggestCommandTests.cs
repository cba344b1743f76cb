using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary><c>graphbuilder suggest --source ID</c>: candidate facts and new citations from one report, as YAML to review; never written into the seeds.</summary>
public sealed class SuggestCommandTests
{
    [Fact]
    public async Task Suggest_ProposesFacts_MarkedAsSuggestions_WhoseQuotesPassValidateStrict()
    {
        using var work = TempSeeds.FromReports();
        Directory.Delete(work.PathOf("facts"), recursive: true);

        var suggest = await CliProcess.RunAsync(work.Root, "suggest", "--source", "rferl-2022-09-10", "-o", "suggested.yaml");

        Assert.True(suggest.ExitCode == 0, suggest.ToString());
        var yaml = File.ReadAllText(Path.Combine(work.Root, "suggested.yaml"));
        var facts = yaml[..yaml.IndexOf("\ncitations:", StringComparison.Ordinal)];
        var ids = facts.Split('\n').Count(l => l.StartsWith("  - id: ", StringComparison.Ordinal));
        Assert.True(ids > 0, yaml);
        Assert.Equal(ids, facts.Split('\n').Count(l => l.StartsWith("  # suggestion: ", StringComparison.Ordinal)));
        // Kept as they are, the candidates are valid facts: every quote (and context) passes the strict checks.
        work.Write("facts/suggested.yaml", facts + "\n");
        var validate = await CliProcess.RunAsync(work.Root, "validate", "--strict");
        Assert.True(validate.ExitCode == 0, validate + "\n" + yaml);
    }

    [Fact]
    public async Task Suggest_ForAFactThatExists_OffersANewCitation_NotASecondFact()
    {
        using var work = TempSeeds.FromFixture("validation/base");
        work.Write("facts/f.yaml", """
            facts:
              - id: albania-blames-iran
                type: ACCUSES
                subject: albania
                object: iran
                sources:
                  - source: other-report
                    quote: NATO condemned the attack and voiced support for Albania
            """);

        var suggest = await CliProcess.RunAsync(work.Root, "suggest", "--source", "report");

        Assert.True(suggest.ExitCode == 0, suggest.ToString());
        Assert.Contains("""
            citations:
              # suggestion: new citations for fact 'albania-blames-iran': paste them under its sources:
              albania-blames-iran:
                - source: report
                  quote: "Albania accused Iran of the cyberattack against its government systems, Prime Minister Edi Rama said."
            """, suggest.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("type: ACCUSES\n    subject: albania\n    object: iran", suggest.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_AnOpeningParticiple_TakesTheMainClausesSubjectAsItsAgent()
    {
        using var work = TempSeeds.FromFixture("validation/base");
        work.Write("documents/report.txt", "Tirana, 7 September 2022.\nOn Wednesday, having accused Iran of the cyberattack, Prime Minister Edi Rama spoke to reporters.\n");

        var suggest = await CliProcess.RunAsync(work.Root, "suggest", "--source", "report");

        Assert.True(suggest.ExitCode == 0, suggest.ToString());
        Assert.Contains("type: ACCUSES\n    subject: edi-rama\n    object: iran\n", suggest.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_ACueInsideADirectQuotation_IsSpokenByTheNameBeforeTheVerbOfSpeech()
    {
        using var work = TempSeeds.FromFixture("validation/base");
        work.Write("documents/report.txt", "Tirana, 7 September 2022.\n\u201cWe join Albania in its call for accountability,\u201d NATO said.\n");

        var suggest = await CliProcess.RunAsync(work.Root, "suggest", "--source", "report");

        Assert.True(suggest.ExitCode == 0, suggest.ToString());
        Assert.Contains("type: SUPPORTS\n    subject: nato\n    object: albania\n", suggest.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_RefusesToWriteIntoTheSeeds()
    {
        using var work = TempSeeds.FromFixture("validation/base");

        var suggest = await CliProcess.RunAsync(work.Root, "suggest", "--source", "report", "-o", "seeds/facts/suggested.yaml");

        Assert.True(suggest.ExitCode == 2, suggest.ToString());
        Assert.Contains("is inside the seeds folder", suggest.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(work.PathOf("facts/suggested.yaml")));
    }

    [Fact]
    public async Task Suggest_UnknownSource_ExitsTwo_WithDidYouMean()
    {
        using var work = TempSeeds.FromFixture("validation/base");

        var suggest = await CliProcess.RunAsync(work.Root, "suggest", "--source", "reprot");

        Assert.True(suggest.ExitCode == 2, suggest.ToString());
        Assert.Contains("no source 'reprot'", suggest.Stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'report'?", suggest.Stderr, StringComparison.Ordinal);
    }
}
