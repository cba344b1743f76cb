using GraphBuilder.Generation;
using GraphBuilder.Testing;
using static GraphBuilder.Yaml.Tests.YamlEventComparison;

namespace GraphBuilder.Yaml.Tests;

public sealed class BlockYamlReaderTests
{
    private static IEnumerable<string> RepositoryYamlFiles() =>
        Directory.EnumerateFiles(RepoPaths.Root, "*.y*ml", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".git" or ".corpus"));

    [Fact]
    public void ReadsEveryYamlFileInTheRepository_ExactlyAsYamlDotNetDoes_OrHandsItBack()
    {
        var files = RepositoryYamlFiles().ToList();
        Assert.True(files.Count > 40, $"only {files.Count} YAML files found");
        foreach (var path in files) AssertAgrees(File.ReadAllText(path));
    }

    [Fact]
    public void ReadsTheShippedSeedFilesItself()
    {
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Seeds, "*.yaml", SearchOption.AllDirectories))
            Assert.True(AssertAgrees(File.ReadAllText(path)), $"{path} was handed back to YamlDotNet");
    }

    [Fact]
    public void ReadsGeneratedSeedFilesItself()
    {
        using var folder = new TempFolder("gb-block");
        new CorpusGenerator(SomeVocabulary.FromRepository()).Generate(new GeneratorOptions(3000, 3, 200, 7), folder.Path);
        var files = Directory.EnumerateFiles(folder.Path, "*.yaml", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var path in files)
            Assert.True(AssertAgrees(File.ReadAllText(path)), $"{path} was handed back to YamlDotNet");
    }

    [Theory]
    [InlineData("a: b\n")]
    [InlineData("a: b")]
    [InlineData("  a: b\n  c: d\n")]
    [InlineData("a:   # c\nb:\n  -\n  - x\n  -   # c\nc: v # c\nd  : w\ne:\n- 1\n-\n")]
    [InlineData("a:\n  b:\n    c: d\n  e: f\ng: h\n")]
    [InlineData("- a\n- b\n-\n- - c\n")]
    [InlineData("- id: x\n  type: y\n- id: z\n")]
    [InlineData("- id: x\n  list:\n  - 1\n  - 2\n  next: 3\n")]
    [InlineData("key:\n- a\n- b\nother: c\n")]
    [InlineData("q: \"a \\\" b \\\\ c \\n d \\t e \\u00e9 \\x41 \\U0001F600 \\/ \\0\"\n")]
    [InlineData("q: 'it''s'\nr: ''\ns: \"\"\n")]
    [InlineData("q: \"a\" # c\nr: 'b'   \n")]
    [InlineData("q: \"a\"#c\n")]
    [InlineData("q: \"a\" b\n")]
    [InlineData("q: \"unterminated\n  more\"\n")]
    [InlineData("q: 'two\n  lines'\n")]
    [InlineData("n: >-\n  one\n  two\n\n  three\nm: x\n")]
    [InlineData("n: |\n  l1\n\n   l2\n\nm: >\n  a\n  b\n\n  c\n\n\nh: x\n")]
    [InlineData("n: |\n\n  after blank\n")]
    [InlineData("n: |\n    \n  less\n")]
    [InlineData("n: >\n  a\n    more\n  b\n")]
    [InlineData("n: |+\n  keep\n\n")]
    [InlineData("n: |2\n   x\n")]
    [InlineData("n: |\nm: x\n")]
    [InlineData("n: >-\n")]
    [InlineData("n: |\n  # not a comment\n # a comment\nm: x\n")]
    [InlineData("n: | # comment\n  x\n")]
    [InlineData("- |\n  in a list\n- >-\n  folded\n  item\n")]
    [InlineData("plain: a b  c  \nurl: http://x.org/a#b\ncolon: a:b\ndash: -x\nq: ?x\nc: :x\n")]
    [InlineData("bad: a: b\n")]
    [InlineData("bad: a:\n")]
    [InlineData("multi: one\n  two\n")]
    [InlineData("- one\n  two\n")]
    [InlineData("a: b\n  c: d\n")]
    [InlineData("a: b\n - c\n")]
    [InlineData("a: b\n- c\n")]
    [InlineData("a:\n  - b\n c: d\n")]
    [InlineData("flow: [a, b]\n")]
    [InlineData("flow: [a,b , \"c d\", 'e''f', g h]   # c\nnext: [ ]\nlast: []\n")]
    [InlineData("- [a, b]\n- []\n")]
    [InlineData("flow: [a, ]\n")]
    [InlineData("flow: [a,, b]\n")]
    [InlineData("flow: [a, [b]]\n")]
    [InlineData("flow: [a: b]\n")]
    [InlineData("flow: [a #c\n  , b]\n")]
    [InlineData("flow: [a,\n  b]\n")]
    [InlineData("flow: [a] b\n")]
    [InlineData("flow: [a]#c\n")]
    [InlineData("flow: [-a, ?b, a-b, x's]\n")]
    [InlineData("flow: [a\"b]\n")]
    [InlineData("flow: {a: b}\n")]
    [InlineData("anchor: &x a\nalias: *x\n")]
    [InlineData("tag: !!str a\n")]
    [InlineData("tab:\ta\n")]
    [InlineData("crlf: a\r\nb: c\r\n")]
    [InlineData("---\na: b\n")]
    [InlineData("a: b\n...\n")]
    [InlineData("a: b\n---\nc: d\n")]
    [InlineData("%YAML 1.2\n---\na: b\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("\"quoted key\": v\n")]
    [InlineData("'quoted key': v\n")]
    [InlineData("a: b\na: c\n")]
    [InlineData("just a scalar\n")]
    [InlineData("# only a comment\n")]
    [InlineData("")]
    [InlineData("a: 😀 x\nb: \"😀\"\n")]
    [InlineData("a: b # c # d\ne: f#g\n")]
    [InlineData("a: -\n")]
    [InlineData("a: - b\n")]
    [InlineData("- a: b\n  - c\n")]
    [InlineData("-a: b\n")]
    [InlineData("a : b\n")]
    [InlineData("a b: c d\n")]
    [InlineData("a:\n\n\n  b: c\n")]
    [InlineData("a:\n  # c\n  b: c\n# d\ne: f\n")]
    [InlineData("a: \"\\q\"\n")]
    [InlineData("a: \"\\uD800\"\n")]
    [InlineData("a: \"x\\\n  y\"\n")]
    [InlineData("a: |\n  x\n b: c\n")]
    [InlineData("a:\n  b: |\n    x\n  c: d\n")]
    [InlineData("a: \u00a0b\n")]
    [InlineData("a: b\u0085c\n")]
    [InlineData("a: @b\n")]
    [InlineData("a: `b\n")]
    [InlineData("a: ,b\n")]
    [InlineData("a: b,c]\n")]
    [InlineData("- - a\n")]
    [InlineData("- :c ?q [x]\n")]
    [InlineData("a: [-, b]\n- [-]\n")]
    [InlineData("a: |\n   a: b]")]
    [InlineData("a: >-\n  x\n  y")]
    [InlineData("k: |\n \n   x\n")]
    [InlineData("k: |\n   \n   x\n")]
    [InlineData("x:\n- |\n   \n\n   #\n")]
    [InlineData("k: |\n   x\n    \n   y\n")]
    [InlineData("k: |\n   x\n  \n   y\n")]
    [InlineData("-\n  - a\n")]
    [InlineData("-\n  a: b\n  c: d\n-\n")]
    [InlineData("a:\n  -\n    b: c\n")]
    public void AgreesWithYamlDotNet_OrHandsTheTextBack(string yaml) => AssertAgrees(yaml);

    [Theory]
    [InlineData("flow: {a: b}\n")]
    [InlineData("flow: [a, [b]]\n")]
    [InlineData("anchor: &x a\n")]
    [InlineData("tag: !!str a\n")]
    [InlineData("tab:\ta\n")]
    [InlineData("crlf: a\r\n")]
    [InlineData("multi: one\n  two\n")]
    [InlineData("a: b\na: c\n")]
    [InlineData("a: b\n---\nc: d\n")]
    [InlineData("n: |+\n  keep\n")]
    public void HandsBackWhatItLeavesToYamlDotNet(string yaml) => Assert.Null(Block(yaml));
}
