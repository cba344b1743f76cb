using GraphBuilder.Schema;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Schema;

public sealed class VocabularyLoaderTests : IDisposable
{
    private readonly TempSeeds _work = TempSeeds.FromFixture("validation/base");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Load_ReadsTheShippedVocabulary()
    {
        var vocabulary = VocabularyLoader.LoadFromFolder(RepoPaths.Schema);

        Assert.Equal(["state", "organisation", "official"], vocabulary.Kinds.Keys);
        Assert.Equal(["Official", "Organisation", "Source", "State"], vocabulary.NodeLabels);
        Assert.Equal("Source", vocabulary.SourceLabel);
        Assert.Equal(
            ["ACCUSES", "SANCTIONS", "HOSTS", "DENIES", "SEVERS_TIES_WITH", "CONDEMNS", "SUPPORTS", "HOLDS_OFFICE", "PART_OF", "MEMBER_OF"],
            vocabulary.RelationshipTypes.Keys);
        Assert.Equal(["holds_office", "member_of", "part_of"], vocabulary.EntityFields.Keys.Order(StringComparer.Ordinal));
        var hosts = vocabulary.RelationshipTypes["HOSTS"];
        Assert.Equal(["state"], hosts.FromKinds);
        Assert.Equal(["official", "organisation"], hosts.ToKinds.Order(StringComparer.Ordinal));
        Assert.False(hosts.AllowSelf);
    }

    [Fact]
    public void Load_ReadsEachTypesCategory_DefaultingToClaim()
    {
        var path = WriteVocabulary("""
            kinds:
              state: {label: State}
            sourceLabel: Source
            relationships:
              ACCUSES: {from: [state], to: [state], category: adversarial}
              PRAISES: {from: [state], to: [state]}
              ALLIED_WITH: {from: [state], to: [state], category: structural}
            """);

        var vocabulary = VocabularyLoader.Load(path);

        Assert.Equal(["adversarial", "claim", "structural"], vocabulary.RelationshipTypes.Values.Select(t => t.Category));
    }

    [Fact]
    public void Load_ReadsSpeaksFor_DefaultingToFalse()
    {
        var path = WriteVocabulary("""
            kinds:
              state: {label: State}
            sourceLabel: Source
            relationships:
              ACCUSES: {from: [state], to: [state]}
              SPEAKS_FOR: {from: [state], to: [state], category: structural, speaksFor: true}
            """);

        var vocabulary = VocabularyLoader.Load(path);

        Assert.Equal([false, true], vocabulary.RelationshipTypes.Values.Select(t => t.SpeaksFor));
    }

    [Fact]
    public void Load_RejectsAnUnknownCategory_WithItsPosition()
    {
        var path = WriteVocabulary("""
            kinds:
              state: {label: State}
            sourceLabel: Source
            relationships:
              ACCUSES: {from: [state], to: [state], category: adversary}
            """);

        var error = Assert.Throws<SchemaLoadException>(() => VocabularyLoader.Load(path));

        Assert.Equal([$"{path}:5:51: category must be one of adversarial, claim, structural (did you mean 'adversarial'?)"],
            error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_ReportsEveryProblem_WithPositions()
    {
        var path = WriteVocabulary("""
            kinds:
              state:
                label: State
              person:
                label: Bad Label
            sourceLabel: Source
            relationships:
              ACCUSES:
                from: [stat]
                to: [state, alien]
              bad-name:
                from: [state]
                to: [state]
                allowSelf: maybe
                speaksFor: often
              HOSTS:
                description: no ends
                colour: red
            """);

        var error = Assert.Throws<SchemaLoadException>(() => VocabularyLoader.Load(path));

        Assert.Equal(
        [
            $"{path}:5:12: label 'Bad Label' must be a letter followed by letters, digits or '_'",
            $"{path}:9:12: unknown entity kind 'stat' (did you mean 'state'?)",
            $"{path}:10:17: unknown entity kind 'alien'",
            $"{path}:11:3: relationship type 'bad-name' must be a letter followed by letters, digits or '_'",
            $"{path}:14:16: allowSelf must be true or false",
            $"{path}:15:16: speaksFor must be true or false",
            $"{path}:17:5: relationship type 'HOSTS' is missing required key 'from'",
            $"{path}:17:5: relationship type 'HOSTS' is missing required key 'to'",
            $"{path}:18:5: unknown key 'colour' in relationship type 'HOSTS' (allowed keys: description, from, to, entityField, allowSelf, category, speaksFor, cues)",
        ], error.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("the schema has errors:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReadsCuesByVoice_AndThePolarityTable()
    {
        var path = WriteVocabulary("""
            kinds:
              state: {label: State}
            sourceLabel: Source
            polarity:
              negation: [not, "-n't"]
              hedge: [so-called]
            relationships:
              ACCUSES:
                from: [state]
                to: [state]
                cues: {active: [accuse, hold * accountable], passive: [accused by], targetFirst: [behind]}
              PRAISES: {from: [state], to: [state]}
            """);

        var vocabulary = VocabularyLoader.Load(path);

        Assert.Equal(["ACCUSES Active accuse", "ACCUSES Active hold * accountable", "ACCUSES Passive accused by", "ACCUSES TargetFirst behind"],
            vocabulary.RelationshipTypes["ACCUSES"].Cues.Select(c => $"{c.Type} {c.Voice} {c.Phrase}"));
        Assert.Empty(vocabulary.RelationshipTypes["PRAISES"].Cues);
        Assert.Equal(["Negation not", "Negation -n't", "Hedge so-called"], vocabulary.Polarity.Select(p => $"{p.Kind} {p.Phrase}"));
    }

    [Fact]
    public void Load_RejectsBadCues_WithPositions()
    {
        var path = WriteVocabulary("""
            kinds:
              state: {label: State}
            sourceLabel: Source
            polarity:
              doubt: [maybe]
            relationships:
              ACCUSES:
                from: [state]
                to: [state]
                cues: {active: ["* blames"], sideways: [x]}
            """);

        var error = Assert.Throws<SchemaLoadException>(() => VocabularyLoader.Load(path));

        Assert.Equal(
        [
            $"{path}:5:3: unknown key 'doubt' in the polarity table (allowed keys: negation, denial, refutation, hedge, attribution)",
            $"{path}:10:21: '* blames' is not a phrase: give words of two letters or more, with '*' only between words",
            $"{path}:10:34: unknown key 'sideways' in the cues of 'ACCUSES' (allowed keys: active, passive, targetFirst)",
        ], error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_ReportsMissingFile_WithAdvice()
    {
        var path = Path.Combine(_work.Root, "nowhere", "vocabulary.yaml");

        var error = Assert.Throws<SchemaLoadException>(() => VocabularyLoader.Load(path));

        Assert.Equal([$"{path}:1:1: vocabulary file not found (pass --schema DIR pointing at the folder holding vocabulary.yaml)"],
            error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_RejectsEntityField_UsedByTwoTypes()
    {
        var path = WriteVocabulary("""
            kinds:
              state: {label: State}
            sourceLabel: Source
            relationships:
              A: {from: [state], to: [state], entityField: linked}
              B: {from: [state], to: [state], entityField: linked}
            """);

        var error = Assert.Throws<SchemaLoadException>(() => VocabularyLoader.Load(path));

        Assert.Equal([$"{path}:1:1: entityField 'linked' is used by more than one relationship type"], error.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void AddingARelationshipType_ToTheVocabularyFile_LetsFactsAndEntityLinksOfThatTypeValidateAndCompile()
    {
        // The "schema edit only" promise: a new type (and a new entity link key) needs no code change.
        var schema = _work.CopyShippedSchema();
        File.AppendAllText(Path.Combine(schema, "vocabulary.yaml"), """

              PRAISES:
                description: The subject publicly praises the object.
                from: [state, organisation, official]
                to: [state, organisation, official]
              ALLIED_WITH:
                description: The subject is allied with the object.
                from: [state]
                to: [state]
                entityField: allied_with

            """);
        _work.Write("facts/praise.yaml", """
            entities:
              - id: kosovo
                kind: state
                name: Kosovo
                allied_with: albania
            facts:
              - id: nato-praises-albania
                type: PRAISES
                subject: nato
                object: albania
                sources:
                  - source: other-report
                    quote: voiced support for Albania
            """);
        Assert.Equal(
        [
            "facts/praise.yaml:5:5: unknown key 'allied_with' in an entity (allowed keys: id, kind, name, aliases, role, note, sources, holds_office, member_of, part_of)",
            "facts/praise.yaml:8:11: unknown relationship type 'PRAISES' (add it to schema/vocabulary.yaml first)",
        ], _work.Problems());

        var edited = VocabularyLoader.LoadFromFolder(schema);
        var graph = _work.Compile(edited);

        var praise = Assert.Single(graph.Relationships, r => r.Type == "PRAISES");
        Assert.Equal(("nato-praises-albania", "nato", "albania"), (praise.Id, praise.StartId, praise.EndId));
        Assert.Equal("voiced support for Albania", Assert.Single(praise.Sources).Quote);
        var alliance = Assert.Single(graph.Relationships, r => r.Type == "ALLIED_WITH");
        Assert.Equal(("kosovo/ALLIED_WITH/albania", "kosovo", "albania"), (alliance.Id, alliance.StartId, alliance.EndId));
    }

    [Fact]
    public void EditedVocabulary_StillChecksEndpointKinds_OfTheNewType()
    {
        var schema = _work.CopyShippedSchema();
        File.AppendAllText(Path.Combine(schema, "vocabulary.yaml"), """

              ALLIED_WITH:
                description: The subject is allied with the object.
                from: [state]
                to: [state]

            """);
        _work.Write("facts/f.yaml", """
            facts:
              - id: f1
                type: ALLIED_WITH
                subject: albania
                object: nato
                sources:
                  - source: other-report
                    quote: voiced support for Albania
            """);

        Assert.Equal(["facts/f.yaml:5:13: ALLIED_WITH cannot end at an organisation ('nato') (allowed object kinds: state)"],
            _work.Problems(VocabularyLoader.LoadFromFolder(schema)));
    }

    private string WriteVocabulary(string yaml)
    {
        var path = Path.Combine(_work.Root, "vocabulary.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
