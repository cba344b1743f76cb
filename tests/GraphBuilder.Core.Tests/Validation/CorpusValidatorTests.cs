using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Validation;

/// <summary>
/// Each rule fails on a crafted file added to the small valid corpus in tests/fixtures/validation/base;
/// messages are compared whole, as <c>path:line:column: message (hint)</c>.
/// </summary>
public sealed class CorpusValidatorTests : IDisposable
{
    private readonly TempSeeds _seeds = TempSeeds.FromFixture("validation/base");

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public void Validate_ReportsNothing_ForTheBaseFixture() => Assert.Empty(_seeds.Problems());

    [Fact]
    public void Validate_ReportsLineAndColumn_ForUnknownEntity()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iram
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);

        Assert.Equal(["facts/f.yaml:5:13: unknown entity 'iram' (did you mean 'iran'?)"], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsUnknownSource_WithHint()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                sources:
                  - source: reprot
                    quote: Albania accused Iran of the cyberattack
            """);

        Assert.Equal(["facts/f.yaml:7:17: unknown source 'reprot' (did you mean 'report'?)"], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsSource_WhereEntityIsExpected_AndEntity_WhereSourceIsExpected()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: report
                object: iran
                sources:
                  - source: albania
                    quote: Albania accused Iran of the cyberattack
            """);

        Assert.Equal(
        [
            "facts/f.yaml:4:14: 'report' is a source, not an entity",
            "facts/f.yaml:7:17: 'albania' is an entity, not a source",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsUnknownRelationshipType_WithHintOrAdvice()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSE
                subject: albania
                object: iran
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
              - id: f2
                type: PRAISES
                subject: albania
                object: iran
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);

        Assert.Equal(
        [
            "facts/f.yaml:3:11: unknown relationship type 'ACCUSE' (did you mean 'ACCUSES'?)",
            "facts/f.yaml:10:11: unknown relationship type 'PRAISES' (add it to schema/vocabulary.yaml first)",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsUnknownEntityKind_WithHintOrKnownKinds()
    {
        _seeds.Write("more-entities.yaml", """
            entities:
              - id: x1
                kind: stat
                name: X1
              - id: x2
                kind: person
                name: X2
            """);

        Assert.Equal(
        [
            "more-entities.yaml:3:11: unknown entity kind 'stat' (did you mean 'state'?)",
            "more-entities.yaml:6:11: unknown entity kind 'person' (known kinds: state, organisation, official)",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsEndpointKinds_TheSchemaDoesNotAllow()
    {
        // HOSTS runs from a state to an organisation or official; this one runs from an organisation to a state.
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: HOSTS
                subject: nato
                object: iran
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);

        Assert.Equal(
        [
            "facts/f.yaml:4:14: HOSTS cannot start at an organisation (allowed subject kinds: state)",
            "facts/f.yaml:5:13: HOSTS cannot end at a state ('iran') (allowed object kinds: official, organisation)",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsEntityLink_ToAKindTheSchemaDoesNotAllow()
    {
        // HOLDS_OFFICE starts at an official; a state cannot hold an office.
        _seeds.Write("more-entities.yaml", """
            entities:
              - id: serbia
                kind: state
                name: Serbia
                holds_office: nato
            """);

        Assert.Equal(["more-entities.yaml:5:19: HOLDS_OFFICE cannot start at a state (allowed subject kinds: official)"], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsSelfRelationship_ForFactsAndEntityLinks()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: albania
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);
        _seeds.Write("more-entities.yaml", """
            entities:
              - id: ministry
                kind: organisation
                name: Ministry
                part_of: ministry
            """);

        Assert.Equal(
        [
            "facts/f.yaml:5:13: ACCUSES from 'albania' to itself makes no sense (check subject and object)",
            "more-entities.yaml:5:14: 'part_of' links 'ministry' to itself",
        ], _seeds.Problems());
    }

    [Theory]
    [InlineData("2022-02-30", "'2022-02-30' is not a real date: February 2022 has 28 days")]
    [InlineData("2024-02-30", "'2024-02-30' is not a real date: February 2024 has 29 days")]
    [InlineData("2022-13", "'2022-13' is not a real date: there is no month 13")]
    [InlineData("2022-00-01", "'2022-00-01' is not a real date: there is no month 0")]
    [InlineData("0000", "'0000' is not a real date")]
    [InlineData("22-09-07", "'22-09-07' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("2022-9-7", "'2022-9-7' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")]
    [InlineData("7 September 2022", "'7 September 2022' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")]
    public void Validate_ReportsInvalidDates(string date, string message)
    {
        _seeds.Write("facts/f.yaml", $"""
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                date: {date}
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);

        Assert.Equal([$"facts/f.yaml:6:11: {message}"], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsRange_EndingBeforeItStarts()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                from: 2022-09
                to: 2022-08-31
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);

        Assert.Equal(["facts/f.yaml:7:9: the range ends (2022-08-31) before it starts (2022-09) (swap 'from' and 'to')"], _seeds.Problems());
    }

    [Fact]
    public void Validate_AcceptsRange_WithinOneMonth_AndOpenEnds()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                from: 2022-09
                to: 2022-09-15
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
              - id: f2
                type: ACCUSES
                subject: albania
                object: iran
                to: 2016
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);

        Assert.Empty(_seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsDateAndRange_GivenTogether()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                date: 2022-09-07
                from: 2022
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);

        Assert.Equal(["facts/f.yaml:7:11: give either 'date' or a 'from'/'to' range, not both"], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsDuplicateIds_AcrossFiles_AndRecordKinds_AgainstTheEarliestInFileOrder()
    {
        _seeds.Write("more-entities.yaml", """
            entities:
              - id: iran
                kind: state
                name: Iran again
            """);
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: report
                type: ACCUSES
                subject: albania
                object: iran
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);

        Assert.Equal(
        [
            "more-entities.yaml:2:9: duplicate id 'iran' (first defined at entities.yaml:8:9) (ids must be unique across all seed files)",
            "sources.yaml:4:9: duplicate id 'report' (first defined at facts/f.yaml:2:9) (ids must be unique across all seed files)",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsMissingRequiredFields_AtTheRecord()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                subject: albania
                object: ""
            """);

        Assert.Equal(
        [
            "facts/f.yaml:2:5: a fact is missing required key 'type'",
            "facts/f.yaml:2:5: a fact is missing required key 'sources'",
            "facts/f.yaml:4:13: 'object' is empty",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsMissingSourceFields_AndEmptySourcesList()
    {
        _seeds.Write("more-sources.yaml", """
            sources:
              - id: s2
                title: Untitled
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                sources: []
            """);

        Assert.Equal(
        [
            "more-sources.yaml:2:5: a source is missing required key 'publisher'",
            "more-sources.yaml:2:5: a source is missing required key 'published'",
            "more-sources.yaml:2:5: a source is missing required key 'document'",
            "more-sources.yaml:9:14: 'sources' must have at least one item",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsUnknownKey_WithDidYouMeanHint_OrAllowedKeys()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subjet: albania
                object: iran
                colour: red
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);

        Assert.Equal(
        [
            "facts/f.yaml:2:5: a fact is missing required key 'subject'",
            "facts/f.yaml:4:5: unknown key 'subjet' in a fact (did you mean 'subject'?)",
            "facts/f.yaml:6:5: unknown key 'colour' in a fact (allowed keys: id, type, subject, object, date, from, to, about, note, statement, sources)",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsMissingDocumentFile()
    {
        _seeds.Write("more-sources.yaml", """
            sources:
              - id: s2
                title: Lost
                publisher: Nobody
                published: 2022-09-12
                document: documents/missing.txt
            """);

        Assert.Equal(["more-sources.yaml:6:15: document file 'documents/missing.txt' not found in the seeds folder"], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsDocumentPath_EscapingTheSeedsFolder()
    {
        var outside = Path.Combine(_seeds.Root, "outside.txt");
        File.WriteAllText(outside, "Albania accused Iran of the cyberattack");
        _seeds.Write("more-sources.yaml", """
            sources:
              - id: s2
                title: Sneaky
                publisher: Nobody
                published: 2022-09-12
                document: ../outside.txt
              - id: s3
                title: Absolute
                publisher: Nobody
                published: 2022-09-12
                document: /etc/hostname
            """);

        Assert.Equal(
        [
            $"more-sources.yaml:6:15: '{outside}' points outside the seeds folder (to {outside}); only files inside it are read",
            "more-sources.yaml:11:15: document path '/etc/hostname' must be relative to the seeds folder",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsDocument_ReachedThroughASymlinkOutsideTheSeedsFolder()
    {
        var outside = Path.Combine(_seeds.Root, "outside.txt");
        File.WriteAllText(outside, "Albania accused Iran of the cyberattack");
        File.CreateSymbolicLink(_seeds.PathOf("documents/link.txt"), outside);
        _seeds.Write("more-sources.yaml", """
            sources:
              - id: s2
                title: Linked
                publisher: Nobody
                published: 2022-09-12
                document: documents/link.txt
            """);

        Assert.Equal(
            [$"more-sources.yaml:6:15: 'documents/link.txt' points outside the seeds folder (to {outside}); only files inside it are read"],
            _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsEveryDocument_InAFolderLinkedOutsideTheSeedsFolder()
    {
        // The loader resolves each folder once per load; every document under the link must still be refused.
        var elsewhere = Path.Combine(_seeds.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "a.txt"), "Albania accused Iran of the cyberattack");
        File.WriteAllText(Path.Combine(elsewhere, "b.txt"), "Albania accused Iran of the cyberattack");
        Directory.CreateSymbolicLink(_seeds.PathOf("documents/away"), elsewhere);
        _seeds.Write("more-sources.yaml", """
            sources:
              - id: s2
                title: Linked A
                publisher: Nobody
                published: 2022-09-12
                document: documents/away/a.txt
              - id: s3
                title: Linked B
                publisher: Nobody
                published: 2022-09-12
                document: documents/away/b.txt
            """);

        Assert.Equal(
        [
            $"documents/away:1:1: 'documents/away' points outside the seeds folder (to {elsewhere}); only files inside it are read",
            $"more-sources.yaml:6:15: 'documents/away/a.txt' points outside the seeds folder (to {Path.Combine(elsewhere, "a.txt")}); only files inside it are read",
            $"more-sources.yaml:11:15: 'documents/away/b.txt' points outside the seeds folder (to {Path.Combine(elsewhere, "b.txt")}); only files inside it are read",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsSourceFieldProblems_PublishedNotADay_AndUrlNotHttp()
    {
        _seeds.Write("more-sources.yaml", """
            sources:
              - id: s2
                title: Vague
                publisher: Nobody
                published: 2022-09
                document: documents/report.txt
                url: javascript:alert(1)
            """);

        Assert.Equal(
        [
            "more-sources.yaml:5:16: 'published' must be a full date (YYYY-MM-DD), found '2022-09'",
            "more-sources.yaml:7:10: 'javascript:alert(1)' is not an http(s) URL",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_AcceptsQuotes_AfterNormalisingWhitespaceAndTypographicQuotes_AndGapsInOrder()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                sources:
                  - source: report
                    quote: "  Albania   accused Iran of the cyberattack"
                  - source: report
                    quote: Albania accused Iran … government systems, Prime Minister Edi Rama said.
            """);

        Assert.Empty(_seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsQuote_NotInItsDocument_WithTheClosestPassage_OrTheSourceWhoseDocumentHasIt()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                sources:
                  - source: report
                    quote: "Albania accused Iran of a missile strike"
                  - source: other-report
                    quote: Albania accused Iran of the cyberattack
            """);

        Assert.Equal(
        [
            "facts/f.yaml:8:16: quote not found in documents/report.txt (source 'report') (closest passage, line 2: \"Albania accused Iran of [the] [cyberattack] [against]\" (words in [brackets] differ from the quote))",
            "facts/f.yaml:10:16: quote not found in documents/other.txt (source 'other-report') (it is in documents/report.txt: cite source 'report')",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsQuote_WhosePartsAreOutOfOrder()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                sources:
                  - source: report
                    quote: rejected it. ... Albania accused Iran
            """);

        Assert.Equal(
            ["facts/f.yaml:8:16: quote not found in documents/report.txt (source 'report') (\"Albania accused Iran\" occurs only before the part preceding it; quoted parts must follow the document's order)"],
            _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsQuote_MadeOnlyOfGaps()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ACCUSES
                subject: albania
                object: iran
                sources:
                  - source: report
                    quote: "..."
            """);

        Assert.Equal(
            ["facts/f.yaml:8:16: quote not found in documents/report.txt (source 'report') (copy the quote verbatim from the document; use ... to skip text)"],
            _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsDocumentPath_WithANulCharacter_InsteadOfCrashing()
    {
        _seeds.Write("more-sources.yaml", """
            sources:
              - id: s2
                title: Odd
                publisher: Nobody
                published: 2022-09-12
                document: "documents/\0report.txt"
            """);

        // The text rule (no control characters) and the path rule both hold; neither crashes.
        Assert.Equal([
            "more-sources.yaml:6:15: a document path contains the control character U+0000 at character 11 (remove it; text may hold tabs and line breaks, but no other control characters)",
            "more-sources.yaml:6:15: document path 'documents/\\0report.txt' contains a character not allowed in file paths",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsUnreadableSeedFile_InsteadOfCrashing()
    {
        // A dangling symlink looks like any file while listing the folder; reading it fails.
        File.CreateSymbolicLink(_seeds.PathOf("gone.yaml"), "deleted.yaml");

        Assert.Equal(["gone.yaml:1:1: cannot read the file: it was deleted, or is a link to a file that does not exist"], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReportsEveryProblem_InEveryFile_InOneRun_Sorted()
    {
        _seeds.Write("z-last.yaml", """
            facts:
              - id: z1
                type: SUPPORTS
                subject: albania
                object: nobody
                sources:
                  - source: report
                    quote: Albania accused Iran of the cyberattack
            """);
        _seeds.Write("a-first.yaml", """
            entities:
              - id: a1
                kind: planet
                name: A1
            facts:
              - id: a2
                type: ACCUSES
                subject: albania
                object: iran
                date: 2022-02-30
                sources:
                  - source: report
                    quote: Iran accused Albania of the attack
            """);
        _seeds.Write("sub/dir/m-middle.yaml", """
            sources:
              - id: m1
                title: M
                publisher: M
                published: 2022-09-12
                document: documents/none.txt
            facts:
              - id: m2
                type: ACCUSES
                subject: albania
                object: iran
                sources:
                  - source: m0
                    quote: x
            """);
        _seeds.Write("broken.yaml", "facts:\n  - id: [unclosed\n");

        Assert.Equal(
        [
            "a-first.yaml:3:11: unknown entity kind 'planet' (known kinds: state, organisation, official)",
            "a-first.yaml:10:11: '2022-02-30' is not a real date: February 2022 has 28 days",
            "a-first.yaml:13:16: quote not found in documents/report.txt (source 'report') (closest passage, line 2: \"Albania [accused] [Iran] of the [cyberattack]\" (words in [brackets] differ from the quote))",
            "broken.yaml:3:1: YAML syntax error: While parsing a flow sequence, did not find expected ',' or ']'.",
            "sub/dir/m-middle.yaml:6:15: document file 'documents/none.txt' not found in the seeds folder",
            "sub/dir/m-middle.yaml:13:17: unknown source 'm0' (did you mean 'm1'?)",
            "z-last.yaml:5:13: unknown entity 'nobody'",
        ], _seeds.Problems());
    }

    [Fact]
    public void Validate_ReusedAcrossEdits_ReportsWhatAFreshValidatorReports()
    {
        const string Fact = """
              - id: {0}
                type: ACCUSES
                subject: albania
                object: iran
                sources:
                  - source: report
                    quote: {1}

            """;
        _seeds.Write("facts/a.yaml", "facts:\n" + string.Format(Fact, "a1", "Albania accused Iran of the missile strike") + string.Format(Fact, "a2", "Albania accused Iran of the cyberattack"));
        _seeds.Write("facts/b.yaml", "facts:\n" + string.Format(Fact, "b1", "Albania accused Iran of the cyberattack"));
        var reused = new GraphBuilder.Graph.CorpusPipeline(Some.Vocabulary);
        string[] Problems(GraphBuilder.Graph.CorpusPipeline pipeline) =>
            [.. pipeline.Run(_seeds.Seeds, TestContext.Current.CancellationToken).Diagnostics.Select(d => _seeds.Relative(d.ToString()))];
        string[] Fresh() => Problems(new GraphBuilder.Graph.CorpusPipeline(Some.Vocabulary));
        var missile = "facts/a.yaml:8:16: quote not found in documents/report.txt (source 'report') (closest passage, line 2: \"Albania accused Iran of the [cyberattack] [against]\" (words in [brackets] differ from the quote))";
        Assert.Equal([missile], Problems(reused));

        // Only a quote changes: the same ids everywhere, so only the edited file is checked again.
        _seeds.Write("facts/b.yaml", "facts:\n" + string.Format(Fact, "b1", "Albania accused Iran of the missile strike"));
        Assert.Equal(Fresh(), Problems(reused));
        Assert.Equal([missile, missile.Replace("a.yaml", "b.yaml", StringComparison.Ordinal)], Problems(reused));

        // A new id in another file: every file is checked again, a.yaml's quotes from its last results.
        _seeds.Write("facts/b.yaml", "facts:\n" + string.Format(Fact, "b1", "Albania accused Iran of the cyberattack") + string.Format(Fact, "b2", "Albania accused Iran of the missile strike"));
        Assert.Equal(Fresh(), Problems(reused));
        Assert.Equal([missile, missile.Replace("a.yaml", "b.yaml", StringComparison.Ordinal).Replace(":8:", ":15:", StringComparison.Ordinal)], Problems(reused));

        // An id another file already uses: a duplicate, although a.yaml is unchanged.
        _seeds.Write("facts/b.yaml", "facts:\n" + string.Format(Fact, "b1", "Albania accused Iran of the cyberattack") + string.Format(Fact, "a2", "Albania accused Iran of the missile strike"));
        Assert.Equal(Fresh(), Problems(reused));
        Assert.Equal(3, Problems(reused).Length);

        // A changed document: the kept results do not apply to it.
        _seeds.Write("documents/report.txt", _seeds.Read("documents/report.txt") + "\nAlbania accused Iran of the missile strike.\n");
        _seeds.Write("facts/b.yaml", "facts:\n" + string.Format(Fact, "b1", "Albania accused Iran of the cyberattack"));
        Assert.Equal(Fresh(), Problems(reused));
        Assert.Empty(Problems(reused));
    }

    [Fact]
    public void Validate_ReusedAcrossEdits_ChecksSupportAgain_WhenAnAliasChanges()
    {
        _seeds.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: SUPPORTS
                subject: nato
                object: albania
                sources:
                  - source: other-report
                    quote: NATO condemned the attack and voiced support for Albania
            """);
        var reused = new GraphBuilder.Graph.CorpusPipeline(Some.Vocabulary);
        string[] Warnings(GraphBuilder.Graph.CorpusPipeline pipeline) =>
            [.. pipeline.Run(_seeds.Seeds, TestContext.Current.CancellationToken).Warnings.Select(d => _seeds.Relative(d.ToString()))];
        Assert.Empty(Warnings(reused));

        // Only an alias changes, no id or line: the fact's file is unchanged, but NATO is no longer named.
        _seeds.Write("entities.yaml", _seeds.Read("entities.yaml").Replace("aliases: [NATO]", "aliases: [OTAN]", StringComparison.Ordinal));

        Assert.Equal(
            ["facts/f.yaml:8:16: warning: quote does not name the subject 'nato' (\"North Atlantic Treaty Organization\", \"OTAN\") [names] (quote the words that name it, add an alias the document uses, or add a 'context:' quote just before it, in its paragraph, that names it)"],
            Warnings(reused));
        Assert.Equal(Warnings(new GraphBuilder.Graph.CorpusPipeline(Some.Vocabulary)), Warnings(reused));
    }
}
