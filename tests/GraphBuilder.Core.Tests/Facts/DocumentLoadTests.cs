using GraphBuilder.Facts;
using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Facts;

/// <summary>How the loader turns a document's bytes into its normal form (decoded into a pooled buffer, not a string).</summary>
public sealed class DocumentLoadTests
{
    private static DocumentLoad Load(byte[] document)
    {
        using var seeds = TempSeeds.Empty();
        Directory.CreateDirectory(Path.Combine(seeds.Seeds, "documents"));
        File.WriteAllBytes(Path.Combine(seeds.Seeds, "documents", "d.txt"), document);
        File.WriteAllText(Path.Combine(seeds.Seeds, "a.yaml"),
            "sources:\n  - id: s\n    title: T\n    publisher: P\n    published: 2022-09-07\n    document: documents/d.txt\n");
        return new IncrementalBuild(Some.Vocabulary).Load(seeds.Seeds).Corpus.Documents["documents/d.txt"];
    }

    [Fact]
    public void Load_NormalisesADocument_SkippingAByteOrderMark()
    {
        var load = Load([0xEF, 0xBB, 0xBF, .. "Iran’s  ministry\n\nrejected it…"u8]);

        Assert.Null(load.Problem);
        Assert.Equal("Iran's ministry rejected it...", load.Document!.Text);
        Assert.Equal(1, load.Document.Layout.ParagraphOf(load.Document.IndexOf("rejected", 0)));
    }

    [Fact]
    public void Load_RefusesADocumentThatIsNotUtf8()
    {
        var load = Load([(byte)'a', 0xC3, 0x28, (byte)'b']);

        Assert.Null(load.Document);
        Assert.Equal("document 'documents/d.txt' is not readable UTF-8 text", load.Problem);
    }
}
