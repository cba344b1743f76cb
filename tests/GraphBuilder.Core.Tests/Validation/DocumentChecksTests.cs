using System.Text;
using GraphBuilder.Facts;
using GraphBuilder.Testing;
using GraphBuilder.Validation;

namespace GraphBuilder.Tests.Validation;

/// <summary>
/// The checks that read documents run document by document (<see cref="DocumentChecks"/>): with documents read when
/// asked (the CLI's one-run load) only those being checked are in memory, and the diagnostics are those of a load that
/// holds every document.
/// </summary>
public sealed class DocumentChecksTests : IDisposable
{
    // Many more than the workers that may hold one each, so holding them all could not pass.
    private static readonly int Reports = Math.Max(40, 8 * Environment.ProcessorCount);

    private readonly TempSeeds _seeds = TempSeeds.FromFixture("validation/base");

    public DocumentChecksTests()
    {
        // Many documents, each cited by facts in two files, and every kind of problem a document's check reports.
        var sources = new StringBuilder("sources:\n");
        var facts = new[] { new StringBuilder("facts:\n"), new StringBuilder("facts:\n") };
        for (var i = 0; i < Reports; i++)
        {
            _seeds.Write($"documents/r{i}.txt", $"Report {i}.\nAlbania accused Iran of the cyberattack number {i}, Prime Minister Edi Rama said.\n");
            sources.Append($"  - id: r{i}\n    title: Report {i}\n    publisher: Wire\n    published: 2022-09-10\n    document: documents/r{i}.txt\n");
            if (i % 10 == 3) sources.Append($"    dateline: \"Durres, 8 September\"\n    credit: \"Report {i}.\"\n");
            for (var f = 0; f < facts.Length; f++)
            {
                var quote = (i % 10, f) switch
                {
                    (5, 0) => $"Albania accused Iran of the cyberattack number {(i + 1) % Reports}",  // in another report: "cite source"
                    (6, 0) => "Prime Minister Edi Rama said ... Albania accused Iran",                  // parts out of order
                    (7, 1) => "Albania acused Iran of the cyberattack",                                 // a closest passage
                    _ => $"Albania accused Iran of the cyberattack number {i}",
                };
                facts[f].Append($"  - id: f{f}-{i}\n    type: ACCUSES\n    subject: albania\n    object: iran\n    sources:\n      - source: r{i}\n        quote: \"{quote}\"\n");
                if ((i % 10, f) == (8, 1)) facts[f].Append("        context: \"the government in Tirana said\"\n");
            }
        }
        sources.Append("  - id: missing\n    title: Gone\n    publisher: Wire\n    published: 2022-09-10\n    document: documents/gone.txt\n");
        sources.Append("  - id: binary\n    title: Binary\n    publisher: Wire\n    published: 2022-09-10\n    document: documents/binary.txt\n");
        _seeds.WriteBytes("documents/binary.txt", [0xff, 0xfe, 0x00, 0x62]);
        _seeds.Write("reports.yaml", sources.ToString());
        _seeds.Write("facts/a.yaml", facts[0].ToString());
        _seeds.Write("facts/b.yaml", facts[1].ToString());
    }

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public void Validate_ReadingDocumentsWhenAsked_GivesTheDiagnosticsOfALoadHoldingThem()
    {
        var vocabulary = SomeVocabulary.FromRepository();
        var held = new SeedCorpusLoader(vocabulary).Load(_seeds.Seeds, TestContext.Current.CancellationToken);
        var asked = new SeedCorpusLoader(vocabulary).Load(_seeds.Seeds, null, holdDocuments: false, TestContext.Current.CancellationToken);

        var fromHeld = Describe(new CorpusValidator(vocabulary).Validate(held.Corpus, ValidationReuse.None(held.Corpus.Files.Count)));
        var fromAsked = Describe(new CorpusValidator(vocabulary).Validate(asked.Corpus, ValidationReuse.None(asked.Corpus.Files.Count), asked.Documents));

        Assert.Empty(asked.Corpus.Documents);
        Assert.False(asked.Documents.Held);
        Assert.Equal(fromHeld, fromAsked);
        foreach (var expected in new[] { "cite source 'r6'", "must follow the document's order", "closest passage, line 2", "context not found in documents/r18.txt",
                     "dateline \"Durres, 8 September\" not found in documents/r3.txt", "'documents/gone.txt' not found", "not readable UTF-8 text" })
            Assert.Contains(expected, fromAsked, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HoldsOnlyTheDocumentsBeingChecked_WhenTheyAreReadWhenAsked()
    {
        var vocabulary = SomeVocabulary.FromRepository();
        var load = new SeedCorpusLoader(vocabulary).Load(_seeds.Seeds, null, holdDocuments: false, TestContext.Current.CancellationToken);
        var read = new List<WeakReference>();
        var mostAlive = 0;
        // Before each read, every document read earlier that is still reachable is counted.
        var documents = CorpusDocuments.ReadWhenAsked(path =>
        {
            lock (read)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                mostAlive = Math.Max(mostAlive, read.Count(r => r.IsAlive));
                var document = load.Documents.Get(path)!;
                read.Add(new WeakReference(document));
                return document;
            }
        });

        new CorpusValidator(vocabulary).Validate(load.Corpus, ValidationReuse.None(load.Corpus.Files.Count), documents);

        Assert.True(read.Count > Reports, $"{read.Count} reads");
        // The one each other worker is checking, and at most one more each that a worker's locals may still point to.
        Assert.InRange(mostAlive, 0, 2 * Environment.ProcessorCount);
    }

    private static string Describe(CorpusValidation validation) => string.Join('\n', [.. validation.Diagnostics.Select(d => d.ToString()), validation.Evidence.ToString()]);
}
