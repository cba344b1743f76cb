using System.Text;
using GraphBuilder.Facts;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Facts;

/// <summary>The text limits of <see cref="SeedLimits"/> and the control-character rule, as one file read reports them.</summary>
public sealed class TextFieldLimitsTests
{
    private static IReadOnlyList<string> Read(string text) =>
        new SeedFileReader(Some.Vocabulary).Read(Encoding.UTF8.GetBytes(text), "x.yaml").Diagnostics.Select(d => d.ToString()).ToList();

    [Fact]
    public void Read_AcceptsTabsAndLineEnds_InText()
    {
        Assert.Empty(Read("entities:\n  - id: x\n    kind: state\n    name: \"tab\\there\"\n    note: \"one\\r\\ntwo\\nthree\\rfour\"\n"));
    }

    [Theory]
    [InlineData("\\0", "U+0000")]
    [InlineData("\\e", "U+001B")]
    [InlineData("\\x7F", "U+007F")]
    [InlineData("\\x85", "U+0085")]
    public void Read_RefusesOtherControlCharacters_AtTheField(string escape, string code)
    {
        Assert.Equal([$"x.yaml:4:11: a name contains the control character {code} at character 2 (remove it; text may hold tabs and line breaks, but no other control characters)"],
            Read($"entities:\n  - id: x\n    kind: state\n    name: \"a{escape}b\"\n"));
    }

    [Fact]
    public void Read_RefusesExactlyTheControlCharacters_OtherThanTabAndLineEnds()
    {
        for (var c = 0; c <= 0xA0; c++)
        {
            var refused = char.IsControl((char)c) && c is not ('\t' or '\n' or '\r');
            Assert.Equal(refused, Read($"entities:\n  - id: x\n    kind: state\n    name: \"a\\x{c:X2}b\"\n").Count == 1);
        }
    }

    [Fact]
    public void Read_RefusesAQuoteOverItsLimit_ButNotOneAtIt()
    {
        var limit = new SeedLimits().MaxQuoteLength;
        string Fact(int length) => $"facts:\n  - id: f\n    type: ACCUSES\n    subject: a\n    object: b\n    sources:\n      - source: s\n        quote: {new string('q', length)}\n";

        Assert.Empty(Read(Fact(limit)));
        Assert.Equal([$"x.yaml:8:16: a quote is {limit + 1:N0} characters long; the limit is {limit:N0} (shorten it)"], Read(Fact(limit + 1)));
    }
}
