using System.Text;
using CsCheck;
using static GraphBuilder.Yaml.Tests.YamlEventComparison;

namespace GraphBuilder.Yaml.Tests;

/// <summary>
/// Random block-style documents (nested mappings and lists, every scalar style, comments, blank
/// lines, odd indentation), some with one character changed: whenever the block reader reads one,
/// it must see exactly the events YamlDotNet sees.
/// </summary>
public sealed class BlockYamlReaderProperties
{
    private static readonly string[] Words =
    [
        "a", "id", "x y", "-k", "k-", "?q", ":c", "a:b", "a#b", "é", "😀", "it's", "say \"hi\"", "\\", "a,b", "[x]", "{y}",
        "&a", "*a", "!t", "|", ">", "%p", "@a", "`b", "#", "- z", "a: b", " lead", "trail ", "~", "null", "\u00a0nb", "x  y", "1.0",
    ];

    private static readonly string[] Mutations = [" ", "  ", "\n", ":", "-", "#", "\"", "'", "|", ">", "[", "]", ",", "\t", "\r", "\\", "a", "&", "---\n"];

    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<string> Word = Pick(Words);

    private static readonly Gen<string> Key = Pick("a", "b", "id", "type", "x y", "k-1", "-k", "?k", "a'b", "key  ", "é");

    private static Gen<Node> NodeGen(int depth) => depth <= 0
        ? Gen.Select(Gen.Int[0, 5], Word.Array[1, 3], (style, words) => (Node)new ScalarNode(style, words))
        : Gen.Frequency(
            (3, Gen.Select(Gen.Int[0, 5], Word.Array[1, 3], (style, words) => (Node)new ScalarNode(style, words))),
            (2, Gen.Select(Key.Array[1, 4], NodeGen(depth - 1).Array[4], Gen.Bool, (keys, values, indentless) =>
                (Node)new MappingNode(keys.Distinct().ToArray(), values, indentless))),
            (2, NodeGen(depth - 1).Array[1, 4].Select(items => (Node)new SequenceNode(items))));

    private static readonly Gen<string> Document =
        Gen.Select(NodeGen(3).Where(n => n is not ScalarNode), Gen.Int[1, 4], Gen.Int[0, 1_000_000], (node, step, noise) =>
        {
            var text = new StringBuilder();
            node.Render(text, 0, step, new Random(noise));
            return text.ToString();
        });

    private static readonly Gen<string> MutatedDocument =
        Gen.Select(Document, Gen.Int[0, int.MaxValue], Pick(Mutations), Gen.Int[0, 2], (text, at, mutation, kind) =>
        {
            var i = at % (text.Length + 1);
            return kind switch
            {
                0 => text.Insert(i, mutation),
                1 when i < text.Length => text.Remove(i, 1),
                _ when i < text.Length => text.Remove(i, 1).Insert(i, mutation),
                _ => text + mutation,
            };
        });

    [Fact]
    public void WheneverTheBlockReaderReadsADocument_ItSeesWhatYamlDotNetSees()
    {
        var read = 0;
        Document.Sample(text =>
        {
            if (AssertAgrees(text)) Interlocked.Increment(ref read);
        }, iter: 3000, print: text => text);
        // Most generated documents must take the fast path, or the property proves little.
        Assert.True(read > 600, $"only {read} of 3000 documents were read by the block reader");
    }

    [Fact]
    public void WheneverTheBlockReaderReadsAMutatedDocument_ItSeesWhatYamlDotNetSees()
    {
        MutatedDocument.Sample(text => { AssertAgrees(text); }, iter: 3000, print: text => text);
    }

    [Fact]
    public void WheneverTheBlockReaderReadsAMutatedShippedSeedFile_ItSeesWhatYamlDotNetSees()
    {
        var files = Directory.EnumerateFiles(Testing.RepoPaths.Seeds, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var read = 0;
        Gen.Select(Gen.Int[0, files.Length - 1], Gen.Int[0, int.MaxValue], Pick(Mutations), Gen.Int[0, 2], (file, at, mutation, kind) =>
        {
            var text = files[file];
            var i = at % text.Length;
            return kind switch
            {
                0 => text.Insert(i, mutation),
                1 => text.Remove(i, 1),
                _ => text.Remove(i, 1).Insert(i, mutation),
            };
        }).Sample(text =>
        {
            if (AssertAgrees(text)) Interlocked.Increment(ref read);
        }, iter: 1500, print: text => text);
        Assert.True(read > 300, $"only {read} of 1500 mutated files were read by the block reader");
    }

    private abstract record Node
    {
        public abstract void Render(StringBuilder text, int indent, int step, Random noise);

        /// <summary>Written after "key:" or "- " on the same line: a scalar inline, a collection on the next lines.</summary>
        public abstract void RenderValue(StringBuilder text, int indent, int step, Random noise, bool indentless);

        protected static void Noise(StringBuilder text, int indent, Random noise)
        {
            switch (noise.Next(12))
            {
                case 0: text.Append('\n'); break;
                case 1: text.Append(' ', indent).Append("# note\n"); break;
                case 2: text.Append("   \n"); break;
                case 3: text.Append("# top\n"); break;
            }
        }
    }

    private sealed record ScalarNode(int Style, string[] Words) : Node
    {
        public override void Render(StringBuilder text, int indent, int step, Random noise) =>
            text.Append(' ', indent).Append(Inline(indent)).Append('\n');

        public override void RenderValue(StringBuilder text, int indent, int step, Random noise, bool indentless) =>
            text.Append(' ').Append(Inline(indent + step)).Append(noise.Next(6) == 0 ? "  # c" : "").Append('\n');

        private string Inline(int contentIndent)
        {
            var joined = string.Join(" ", Words);
            return Style switch
            {
                0 => joined,
                1 => "\"" + joined.Replace("\\", "\\\\").Replace("\"", "\\\"") + (Words.Length > 2 ? "\\t\\u00e9\\x41" : "") + "\"",
                2 => "'" + joined.Replace("'", "''") + "'",
                3 => "[" + string.Join(", ", Words) + "]",
                _ => (Style == 4 ? "|" : ">-") + "\n" + string.Join("\n", Words.Select((w, i) => (i == 1 ? "" : new string(' ', contentIndent) + w))),
            };
        }
    }

    private sealed record MappingNode(string[] Keys, Node[] Values, bool Indentless) : Node
    {
        public override void Render(StringBuilder text, int indent, int step, Random noise)
        {
            for (var i = 0; i < Keys.Length; i++)
            {
                Noise(text, indent, noise);
                text.Append(' ', indent).Append(Keys[i]).Append(':');
                Values[i].RenderValue(text, indent, step, noise, Indentless);
            }
        }

        public override void RenderValue(StringBuilder text, int indent, int step, Random noise, bool indentless)
        {
            text.Append('\n');
            Render(text, indent + step, step, noise);
        }
    }

    private sealed record SequenceNode(Node[] Items) : Node
    {
        public override void Render(StringBuilder text, int indent, int step, Random noise)
        {
            foreach (var item in Items)
            {
                Noise(text, indent, noise);
                text.Append(' ', indent).Append('-');
                if (item is MappingNode mapping && noise.Next(2) == 0)
                {
                    // The compact form: "- key: value" with the mapping's other keys under the first.
                    text.Append(' ');
                    var inner = new StringBuilder();
                    mapping.Render(inner, indent + 2, step, noise);
                    text.Append(inner.ToString().TrimStart(' '));
                }
                else item.RenderValue(text, indent, step, noise, false);
            }
        }

        public override void RenderValue(StringBuilder text, int indent, int step, Random noise, bool indentless)
        {
            text.Append('\n');
            Render(text, indentless ? indent : indent + step, step, noise);
        }
    }
}
