using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Validation.Evidence;

/// <summary>A curator's review acknowledges one flag on one citation, with a trace; nothing else is silenced.</summary>
public sealed class ReviewTests : IDisposable
{
    private readonly TempSeeds _seeds = TempSeeds.FromFixture("validation/base");

    public void Dispose() => _seeds.Dispose();

    private const string Fact = """
        facts:
          - id: f1
            type: SANCTIONS
            subject: albania
            object: iran
            date: 2022-09-07
            sources:
              - source: report
                quote: Albania accused Iran of the cyberattack
        """;

    private CompiledCorpus Run(bool strict = false) => new CorpusPipeline(Some.Vocabulary).Run(_seeds.Seeds, strict, TestContext.Current.CancellationToken);

    private string[] Warnings() => [.. Run().Warnings.Select(d => _seeds.Relative(d.ToString()))];

    [Fact]
    public void AFlag_IsAWarning_ThatStrictMakesAnError_AndTheTallyCountsIt()
    {
        _seeds.Write("facts/f.yaml", Fact);

        Assert.Equal(["facts/f.yaml:9:16: warning: quote has no word for SANCTIONS (sanction, impose sanctions, blacklist, designate, freeze, penalise, ...) [cue] (quote the words that say it, or add the document's word to SANCTIONS's cues in schema/vocabulary.yaml)"],
            Warnings());
        var strict = Run(strict: true);
        Assert.False(strict.IsValid);
        Assert.Equal("evidence: 1 citation checked, 1 flagged, 0 reviewed", strict.Evidence.ToString());
    }

    [Fact]
    public void AFlag_NamesItsRule_ForToolsThatOfferItForReview()
    {
        _seeds.Write("facts/f.yaml", Fact);

        var flag = Assert.Single(Run().Warnings);

        Assert.Same(GraphBuilder.Validation.Evidence.EvidenceRule.Cue, flag.EvidenceRule);
    }

    [Fact]
    public void AReview_AcknowledgesItsFlag_AndIsCounted()
    {
        _seeds.Write("facts/f.yaml", Fact + """

                    reviewed:
                      - flag: cue
                        by: a curator
                        on: 2026-12-04
                        note: the report's word for the sanctions is elsewhere; read as an accusation only
            """);

        var compiled = Run(strict: true);

        Assert.True(compiled.IsValid);
        Assert.Empty(compiled.Warnings);
        Assert.Equal("evidence: 1 citation checked, 1 flagged, 1 reviewed", compiled.Evidence.ToString());
    }

    [Fact]
    public void AReview_OfAFlagTheCitationDoesNotRaise_IsWarned_AndAnUnknownFlag_OrDay_IsAnError()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
                    reviewed:
                      - flag: direction
                        by: a curator
                        on: 2026-12-04
                        note: read
                      - flag: drection
                        by: a curator
                        on: 2026-13-04
                        note: read
                      - flag: cue
                        by: a curator
            """);

        Assert.Equal(
        [
            "facts/f.yaml:14:19: unknown evidence flag 'drection' (did you mean 'direction'?)",
            "facts/f.yaml:16:17: '2026-13-04' is not a real date: there is no month 13",
            "facts/f.yaml:18:13: a review is missing required key 'on'",
            "facts/f.yaml:18:13: a review is missing required key 'note'",
            "facts/f.yaml:10:19: warning: review of 'direction' acknowledges no flag: the citation keeps that rule (remove the review, so a later flag on this citation is not taken as read)",
            "facts/f.yaml:18:19: warning: review of 'cue' acknowledges no flag: the citation keeps that rule (remove the review, so a later flag on this citation is not taken as read)",
        ], Problems());
    }

    private string[] Problems()
    {
        var compiled = Run();
        return [.. compiled.Diagnostics.Concat(compiled.Warnings).Select(d => _seeds.Relative(d.ToString()))];
    }
}
