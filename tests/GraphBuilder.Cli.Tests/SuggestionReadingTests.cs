using GraphBuilder.Testing;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// How <c>suggest</c> reads who does what to whom in a sentence: each case is one report of a sentence or two, and the
/// candidate it must (or must not) propose. Every proposed candidate also passes <c>validate --strict</c>.
/// </summary>
public sealed class SuggestionReadingTests
{
    // The base fixture's entities and a few more the cases name.
    private const string Entities = """
        entities:
          - id: albania
            kind: state
            name: Albania
            aliases: [Tirana]
          - id: iran
            kind: state
            name: Iran
          - id: iraq
            kind: state
            name: Iraq
          - id: united-states
            kind: state
            name: United States
            aliases: [U.S.]
          - id: nato
            kind: organisation
            name: North Atlantic Treaty Organization
            aliases: [NATO]
          - id: mko
            kind: organisation
            name: Mujahedin-e Khalq Organization
            aliases: [MKO]
          - id: iran-mois
            kind: organisation
            name: Ministry of Intelligence and Security
          - id: edi-rama
            kind: official
            name: Edi Rama
            aliases: [Prime Minister Rama]
        """;

    private static async Task<string> Suggest(string document)
    {
        using var work = TempSeeds.FromFixture("validation/base");
        work.Write("entities.yaml", Entities + "\n");
        work.Write("documents/report.txt", document);
        var suggest = await CliProcess.RunAsync(work.Root, "suggest", "--source", "report");
        Assert.True(suggest.ExitCode == 0, suggest.ToString());
        return suggest.Stdout;
    }

    [Fact]
    public async Task Suggest_AQuoteThatNamesNoAgent_TakesItFromAnEarlierSentenceOfItsParagraph_NotFromAnother()
    {
        var output = await Suggest("Tirana, 7 September 2022.\n\nNATO spoke first.\n\nFor years now, as its systems aged, Albania has lost data. Officials now blame Iran for the breach.\n");

        Assert.Contains("""
              - id: albania-accuses-iran
                type: ACCUSES
                subject: albania
                object: iran
                sources:
                  - source: report
                    quote: "Officials now blame Iran for the breach."
                    context: "For years now, as its systems aged, Albania has lost data."
            """, output, StringComparison.Ordinal);
        Assert.DoesNotContain("subject: nato", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_APronounSubject_IsTheSentencesSubject_AndAfterAPassiveCue_ANameOfTheSentenceBefore()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nAlbania accused Iran of the attack while it is host to the MKO. For decades it was based in Iraq.\n");

        Assert.Contains("""
              - id: albania-hosts-mko
                type: HOSTS
                subject: albania
                object: mko
                sources:
                  - source: report
                    quote: "Albania accused Iran of the attack while it is host to the MKO."
            """, output, StringComparison.Ordinal);
        Assert.Contains("""
              - id: iraq-hosts-mko
                type: HOSTS
                subject: iraq
                object: mko
                sources:
                  - source: report
                    quote: "For decades it was based in Iraq."
                    context: "Albania accused Iran of the attack while it is host to the MKO."
            """, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_AWhichBeforeTheCue_StandsForTheNameBeforeIt()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nAlbania received support from the United States, which called for Iran to be held accountable.\n");

        Assert.Contains("""
              - id: united-states-accuses-iran
                type: ACCUSES
                subject: united-states
                object: iran
            """, output, StringComparison.Ordinal);
        Assert.DoesNotContain("subject: albania\n    object: iran", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_APossessiveOwnsTheCueAfterIt_AndANameInTheCuesWildcardIsItsTarget()
    {
        var output = await Suggest("Tirana, 7 September 2022.\n\u201cWe join in Prime Minister Rama's call for Iran to be held accountable,\u201d NATO said.\n");

        Assert.Contains("""
              # suggestion: cue "call for Iran to be held accountable" (active: the name before the cue acts on the names after it), line 2
              - id: edi-rama-accuses-iran
                type: ACCUSES
                subject: edi-rama
                object: iran
            """, output, StringComparison.Ordinal);
        Assert.Contains("""
              # suggestion: cue "held accountable" (passive: the speaker of the quotation acts on the name before the cue), line 2
              - id: nato-accuses-iran
                type: ACCUSES
                subject: nato
                object: iran
            """, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_ARefutation_IsTheSpeakersJudgement_AndAnotherCueKeepsItsOwnTarget()
    {
        var output = await Suggest("Tirana, 7 September 2022.\n\u201cNATO's support for the false accusation of Albania shows its design,\u201d Iran said in a statement.\n");

        Assert.Contains("""
              # suggestion: cue "false" (judgement: the speaker calls the claim of the names after the cue untrue), line 2
              - id: iran-denies-albania
                type: DENIES
                subject: iran
                object: albania
            """, output, StringComparison.Ordinal);
        // NATO supports the accusation, not Albania; and it is Iran, not NATO, that calls it false.
        Assert.Contains("# graphbuilder suggest --source report: 1 candidate facts,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_SeveralListedAgents_EachGiveAFact()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nAlbania and the United States accused Iran of the attack.\n");

        Assert.Contains("""
              - id: albania-accuses-iran
                type: ACCUSES
                subject: albania
                object: iran
            """, output, StringComparison.Ordinal);
        Assert.Contains("""
              - id: united-states-accuses-iran
                type: ACCUSES
                subject: united-states
                object: iran
            """, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_AHedgedClaim_ProposesNothing_NorDoesTheCueBeforeIt()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nNATO denounced the alleged attack against Albania.\n");

        Assert.Contains("facts: []", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_AClaimThatARefutationFollows_IsNotProposed()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nIran termed the allegations against Albania baseless.\n");

        Assert.Contains("facts: []", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_ANameInARelativeClauseAfterTheCue_IsNotItsTarget()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nIran criticised a statement, saying NATO spoke given its support for groups who harmed Albania.\n");

        Assert.Contains("facts: []", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_WhenTheSentenceFailsValidation_QuotesItFromTheAgentsName()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nIran has condemned U.S. sanctions imposed this week on the Ministry of Intelligence and Security.\n");

        Assert.Contains("""
              - id: united-states-sanctions-iran-mois
                type: SANCTIONS
                subject: united-states
                object: iran-mois
                sources:
                  - source: report
                    quote: "U.S. sanctions imposed this week on the Ministry of Intelligence and Security."
            """, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The United States", "united-states", "The United States, ... now makes accusations against Iraq.")]
    [InlineData("Albania", "albania", "Albania, that ... now makes accusations against Iraq.")]
    public async Task Suggest_ASubjectAClauseInterrupts_IsQuotedWithAGapOverTheClause(string subject, string id, string quote)
    {
        var output = await Suggest($"Tirana, 7 September 2022.\n{subject}, that had long kept quiet about attacks on Iran, now makes accusations against Iraq.\n");

        Assert.Contains($"""
              - id: {id}-accuses-iraq
                type: ACCUSES
                subject: {id}
                object: iraq
                sources:
                  - source: report
                    quote: "{quote}"
            """, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_QuotedWordsAfterTheCuesPreposition_AreTheNamesALaterSentenceGivesThem()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nIran rejected the claims. It blamed them on \"third parties.\"\n\nThe spokesman identified as \"third parties\" the United States and the MKO.\n");

        foreach (var party in new[] { "united-states", "mko" })
            Assert.Contains($"""
                  # suggestion: cue "blamed" (unnamed target: the quoted words after the cue, named by a later sentence), line 4
                  - id: iran-accuses-{party}
                    type: ACCUSES
                    subject: iran
                    object: {party}
                    sources:
                      - source: report
                        quote: "The spokesman identified as \"third parties\" the United States and the MKO."
                        context: "Iran rejected the claims."
                """, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_ARefutationBeforeAComma_DoesNotDenyTheCueAfterIt()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nAlbania called the claims baseless, blaming Iran for the attack.\n");

        Assert.Contains("""
              - id: albania-accuses-iran
                type: ACCUSES
                subject: albania
                object: iran
            """, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_AParticipleAfterAPreposition_OpeningTheSentence_HasTheMainClausesSubjectAsAgent()
    {
        var output = await Suggest("Tirana, 7 September 2022.\n\nIn addition to condemning Iran, Albania closed the embassy.\n");

        Assert.Contains("""
              - id: albania-condemns-iran
                type: CONDEMNS
                subject: albania
                object: iran
            """, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_ACueAboutAnUnnamedAct_TargetsWhoAnEarlierSentenceSaysDidIt()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nThe United States imposed sanctions on Iran. In addition to condemning the new sanctions, Albania closed the embassy.\n");

        Assert.Contains("""
              # suggestion: cue "condemning" (unnamed target: who did the act the cue is about, in an earlier sentence), line 2
              - id: albania-condemns-united-states
                type: CONDEMNS
                subject: albania
                object: united-states
                sources:
                  - source: report
                    quote: "In addition to condemning the new sanctions, Albania closed the embassy."
                    context: "The United States imposed sanctions on Iran."
            """, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_ACueWithNoTargetOrDoerNamed_TargetsTheAgentsLastTarget_ForReview()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nAlbania condemned Iran on Monday.\n\nIn a statement, Albania rejected the baseless accusations.\n");

        var review = output[output.IndexOf("\n---\n", StringComparison.Ordinal)..];
        Assert.Contains("""
              # suggestion: cue "rejected" (unnamed target: the agent's target in its last sentence before), line 4
              - id: albania-denies-iran
                type: DENIES
                subject: albania
                object: iran
                sources:
                  - source: report
                    quote: "In a statement, Albania rejected the baseless accusations."
                    context: "Albania condemned Iran on Monday."
            """, review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_ATargetFirstCueInAQuotation_IsTheSpeakers_AboutTheActsDoer_NotItsVictim()
    {
        var output = await Suggest("Tirana, 7 September 2022.\n\u201cIran's attack on Albania shows who is responsible,\u201d Prime Minister Rama said.\n");

        Assert.Contains("""
              - id: edi-rama-accuses-iran
                type: ACCUSES
                subject: edi-rama
                object: iran
            """, output, StringComparison.Ordinal);
        Assert.DoesNotContain("-accuses-albania", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_ATargetFirstCueAfterAPassiveWithNoBy_NamesNoAccuser()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nAlbania condemned the United States after Iran was accused of being behind the attack.\n");

        Assert.DoesNotContain("-accuses-iran", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_ARefutationAfterIs_JudgesTheNameBeforeIt_ForWhoeverSaysSo()
    {
        var output = await Suggest("Tirana, 7 September 2022.\n\nAlbania spoke out, saying NATO is in no position to accuse Iran.\n");

        Assert.Contains("""
              # suggestion: cue "in no position" (judgement: the speaker calls the claim of the name before "is" untrue), line 3
              - id: albania-denies-nato
                type: DENIES
                subject: albania
                object: nato
            """, output, StringComparison.Ordinal);
        Assert.DoesNotContain("iran-denies-nato", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_WhoSaysAnAgentHasNoStandingToAccuse_ChargesThatAgent()
    {
        var output = await Suggest("Tirana, 7 September 2022.\nIraq spoke on Monday. It wrote: \u201cThe United States and Albania lack any legitimacy to level such accusations against Iran.\u201d\n");

        foreach (var party in new[] { "united-states", "albania" })
            Assert.Contains($"""
                  # suggestion: cue "accusations" (counter-charge: the speaker says the cue's agent has no standing to do it), line 2
                  - id: iraq-accuses-{party}
                    type: ACCUSES
                    subject: iraq
                    object: {party}
                    sources:
                      - source: report
                        quote: "It wrote: “The United States and Albania lack any legitimacy to level such accusations against Iran.”"
                        context: "Iraq spoke on Monday."
                """, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_NamesListedAfterAPreposition_DoNotActWithTheAgent()
    {
        var output = await Suggest("Tirana, 7 September 2022.\n\nAt the request of the United States and NATO, Albania agreed to take in the MKO.\n");

        Assert.Contains("""
              - id: albania-hosts-mko
                type: HOSTS
                subject: albania
                object: mko
            """, output, StringComparison.Ordinal);
        Assert.DoesNotContain("united-states-hosts-mko", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_TwoCuesOfATypeAtOneWord_AreReadAsTheLongest()
    {
        var output = await Suggest("Tirana, 7 September 2022.\n\nAlbania received support from the United States.\n");

        Assert.Contains("""
              - id: united-states-supports-albania
                type: SUPPORTS
                subject: united-states
                object: albania
            """, output, StringComparison.Ordinal);
        Assert.DoesNotContain("albania-supports-united-states", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_ANameAfterFromPastTheTargets_DidItToThemToo()
    {
        var output = await Suggest("Tirana, 7 September 2022.\n\nAlbania agreed to take in members of the MKO from Iraq.\n");

        Assert.Contains("""
              # suggestion: cue "take in" (source: the name after "from", past the targets, did it to them too), line 3
              - id: iraq-hosts-mko
                type: HOSTS
                subject: iraq
                object: mko
            """, output, StringComparison.Ordinal);
        Assert.Contains("- id: albania-hosts-mko", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_ANegationBeforeAnAside_StillDeniesTheCueAfterIt()
    {
        var output = await Suggest("Tirana, 7 September 2022.\n\nAlbania did not, however, accuse Iran of the attack.\n");

        Assert.Contains("facts: []", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_AParticipleAfterInsteadOf_IsNotTheSubjectsAct()
    {
        var output = await Suggest("Tirana, 7 September 2022.\n\nInstead of accusing Iran, Albania blamed NATO.\n");

        Assert.Contains("- id: albania-accuses-nato", output, StringComparison.Ordinal);
        Assert.DoesNotContain("albania-accuses-iran", output, StringComparison.Ordinal);
    }
}
