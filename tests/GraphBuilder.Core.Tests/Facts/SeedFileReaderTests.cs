using System.Text;
using GraphBuilder.Facts;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Facts;

/// <summary>One file read on its own: YAML hazards and shape problems, each with its exact position.</summary>
public sealed class SeedFileReaderTests
{
    private static IReadOnlyList<string> Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static IReadOnlyList<string> Read(byte[] bytes) =>
        new SeedFileReader(Some.Vocabulary).Read(bytes, "x.yaml").Diagnostics.Select(d => d.ToString()).ToList();

    [Fact]
    public void Read_RejectsAnchors()
    {
        Assert.Equal(["x.yaml:2:5: YAML anchors (&base) are not allowed in seed files (write the value out in full)"], Read("""
            entities:
              - &base
                id: x
                kind: state
                name: X
            """));
    }

    [Fact]
    public void Read_RejectsAliases()
    {
        Assert.Equal(["x.yaml:3:11: YAML aliases (*name) are not allowed in seed files (write the value out in full)"], Read("""
            facts:
              - id: f1
                type: *t
            """));
    }

    [Fact]
    public void Read_RejectsBillionLaughs_AtTheFirstAnchor()
    {
        var text = "a: &a [lol, lol]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\n";
        Assert.Equal(["x.yaml:1:4: YAML anchors (&a) are not allowed in seed files (write the value out in full)"], Read(text));
    }

    [Fact]
    public void Read_RejectsPythonObjectTag()
    {
        Assert.Equal(
            ["x.yaml:2:5: custom YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed in seed files (remove the tag; values are plain text)"],
            Read("""
                facts:
                  - !!python/object/apply:os.system ["rm -rf /"]
                """));
    }

    [Fact]
    public void Read_RejectsRubyObjectTag()
    {
        Assert.Equal(
            ["x.yaml:2:5: custom YAML tag '!ruby/object:Gem::Installer' is not allowed in seed files (remove the tag; values are plain text)"],
            Read("""
                entities:
                  - !ruby/object:Gem::Installer
                    i: x
                """));
    }

    [Fact]
    public void Read_AcceptsCoreTags()
    {
        var file = new SeedFileReader(Some.Vocabulary).Read(Encoding.UTF8.GetBytes("""
            entities:
              - id: !!str x
                kind: state
                name: !!str 2022
            """), "x.yaml");

        Assert.Empty(file.Diagnostics);
        Assert.Equal("2022", Assert.Single(file.Entities).Name!.Value);
    }

    [Fact]
    public void Read_RejectsDuplicateKeys()
    {
        Assert.Equal(["x.yaml:4:5: duplicate key 'id' (first at line 2) (remove one of them)"], Read("""
            facts:
              - id: f1
                type: ACCUSES
                id: f2
            """));
    }

    [Fact]
    public void Read_RejectsASecondDocument()
    {
        Assert.Equal(["x.yaml:2:1: a seed file holds one YAML document; found a second one (remove the '---' separator or split the file)"],
            Read("facts: []\n---\nfacts: []\n"));
    }

    [Fact]
    public void Read_RejectsByteOrderMark()
    {
        Assert.Equal(["x.yaml:1:1: file starts with a UTF-8 byte-order mark (save it as UTF-8 without BOM)"],
            Read([0xEF, 0xBB, 0xBF, .. "facts: []\n"u8]));
    }

    [Fact]
    public void Read_RejectsUtf16()
    {
        Assert.Equal(["x.yaml:1:1: file is UTF-16 encoded (save it as UTF-8 without BOM)"],
            Read([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("facts: []\n")]));
    }

    [Fact]
    public void Read_ReportsPosition_OfInvalidUtf8()
    {
        // "é" is fine (one column); the lone 0xC3 before "(" is not UTF-8.
        Assert.Equal(["x.yaml:2:13: file is not valid UTF-8 text (re-save it as UTF-8)"],
            Read([.. "facts:\n  - id: café"u8, 0xC3, .. "(\n"u8]));
    }

    [Fact]
    public void Read_ReportsPosition_OfNulBytes()
    {
        Assert.Equal(["x.yaml:2:10: file contains NUL bytes: it looks binary, not YAML text"],
            Read([.. "facts:\n  - id: a"u8, 0, .. "b\n"u8]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only a comment\n# and another\n")]
    [InlineData("~\n")]
    public void Read_ReportsEmptyFiles(string text)
    {
        Assert.Equal(["x.yaml:1:1: file has no content (a seed file is a mapping with 'sources:', 'entities:' and/or 'facts:' lists)"], Read(text));
    }

    [Fact]
    public void Read_ReportsList_WhereTheFileMappingIsExpected()
    {
        Assert.Equal(["x.yaml:1:1: a seed file must be a mapping (key: value pairs), found a list"], Read("- id: x\n  kind: state\n"));
    }

    [Fact]
    public void Read_ReportsSingleValues_WhereRecordsAreExpected()
    {
        Assert.Equal(
        [
            "x.yaml:1:9: a fact must be a mapping (key: value pairs), found a single value",
            "x.yaml:1:13: a fact must be a mapping (key: value pairs), found a single value",
        ], Read("facts: [f1, f2]\n"));
    }

    [Fact]
    public void Read_ReportsString_WhereAListIsExpected()
    {
        Assert.Equal(
        [
            "x.yaml:6:14: 'aliases' must be a list, found a single value (write aliases: [Tirana] or one '- item' per line)",
            "x.yaml:7:14: 'sources' must be a list ('- ' items), found a mapping (key: value pairs)",
            "x.yaml:1:8: 'facts' must be a list ('- ' items), found a single value",
        ], Read("""
            facts: albania-accuses-iran
            entities:
              - id: albania
                kind: state
                name: Albania
                aliases: Tirana
                sources: {source: report, quote: x}
            """));
    }

    [Fact]
    public void Read_ReportsList_WhereASingleValueIsExpected()
    {
        Assert.Equal(["x.yaml:3:11: 'name' must be a single value, found a list"], Read("""
            entities:
              - id: albania
                name: [Albania, Tirana]
                kind: state
            """));
    }

    [Fact]
    public void Read_ReportsUnknownTopLevelKey_WithHint()
    {
        Assert.Equal(["x.yaml:1:1: unknown key 'fact' in a seed file (did you mean 'facts'?)"], Read("fact: []\n"));
    }

    [Fact]
    public void Read_RejectsNesting_DeeperThanTheLimit()
    {
        // The root mapping is level 1, so the 64th '[' (column 7 + 64) is one level too deep.
        var text = "facts: " + new string('[', 70) + new string(']', 70) + "\n";
        Assert.Equal(["x.yaml:1:71: nesting is deeper than 64 levels; seed files are at most a few levels deep"], Read(text));
    }

    [Fact]
    public void Read_ReportsSyntaxError_WithPosition_AndTabHint()
    {
        // YamlDotNet places the error at the scalar it was scanning ("f1"); the reader moves it to the tab itself.
        Assert.Equal(
            ["x.yaml:3:1: YAML syntax error: While scanning a plain scalar, found a tab character that violate indentation. (indent with spaces; YAML does not allow tabs for indentation)"],
            Read("facts:\n  - id: f1\n\ttype: ACCUSES\n"));
    }

    [Fact]
    public void Read_ReportsSyntaxError_ForBadIndentation()
    {
        Assert.Equal(["x.yaml:3:4: YAML syntax error: While parsing a block collection, did not find expected '-' indicator."],
            Read("facts:\n  - id: f1\n   type: ACCUSES\n"));
    }

    [Fact]
    public void Read_ReportsSyntaxError_ForUnclosedQuote()
    {
        Assert.Equal(["x.yaml:2:9: YAML syntax error: While scanning a quoted scalar, found unexpected end of stream."],
            Read("facts:\n  - id: \"f1\n"));
    }

    [Fact]
    public void Read_ReadsEveryRecordKind_WithPositions()
    {
        var file = new SeedFileReader(Some.Vocabulary).Read(Encoding.UTF8.GetBytes("""
            sources:
              - id: s1
                title: T
                publisher: P
                published: 2022-09-10
                document: documents/d.txt
            entities:
              - id: e1
                kind: official
                name: E One
                aliases: [E1, "E. One"]
                holds_office: [e2, e3]
            facts:
              - id: f1
                type: ACCUSES
                subject: e1
                object: e2
                sources:
                  - source: s1
                    quote: it was them
            """), "x.yaml");

        Assert.Empty(file.Diagnostics);
        Assert.Equal("documents/d.txt", Assert.Single(file.Sources).Document!.Value);
        var entity = Assert.Single(file.Entities);
        Assert.Equal(["E1", "E. One"], entity.Aliases.Select(a => a.Value));
        Assert.Equal(["e2", "e3"], entity.Links.Select(l => l.Target.Value));
        Assert.All(entity.Links, l => Assert.Equal("holds_office", l.Key));
        var fact = Assert.Single(file.Facts);
        Assert.Equal("x.yaml:17:13", fact.Object!.At.ToString());
        Assert.Equal("it was them", Assert.Single(fact.Sources).Quote!.Value);
    }
}
