using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Validation;

/// <summary>
/// The forged quotes of tests/fixtures/forged-quotes, added to the three reports, are each rejected
/// in strict mode with the message of the rule they break, at the quote's position; the reports'
/// own quotes, legitimate elisions included, pass (ShippedSeedsTests runs them in strict mode).
/// </summary>
public sealed class ForgedQuoteTests
{
    [Fact]
    public void Validate_Strict_RejectsEveryForgedQuote_WithItsRule()
    {
        using var seeds = TempSeeds.FromReports();
        seeds.CopyIn(RepoPaths.Fixture("forged-quotes/facts"), "facts");

        var compiled = new CorpusPipeline(Some.Vocabulary).Run(seeds.Seeds, strict: true, TestContext.Current.CancellationToken);

        Assert.Equal(
        [
            "facts/forged.yaml:10:16: the gap after \"...the United Nations secretary-general\" crosses into another paragraph of documents/000_6248c865962c26c9.txt (a gap stays within one paragraph: cite the parts as separate quotes)",
            "facts/forged.yaml:19:16: the gap after \"...comes as the Islamic Republic\" skips 57 words of documents/000_6248c865962c26c9.txt (at most 30) (cite the parts as separate quotes, or quote more of the text between them)",
            "facts/forged.yaml:28:16: the gap after \"...United Nations secretary-general did\" skips the negation \"not\" (a gap never skips a negation: quote it)",
            "facts/forged.yaml:37:16: quote starts inside the word \"unsubstantiated\" in documents/002_80ebabcfc2efe3ca.txt (a quote's parts start and end at word boundaries: quote whole words)",
            "facts/forged.yaml:44:16: quote ends inside the word \"unsubstantiated\" in documents/002_80ebabcfc2efe3ca.txt (a quote's parts start and end at word boundaries: quote whole words)",
            "facts/forged.yaml:53:16: quote has 1 word; a quote needs at least 4 to stand on its own (quote the whole clause that makes the claim)",
            "facts/forged.yaml:60:16: quote has 2 words; a quote needs at least 4 to stand on its own (quote the whole clause that makes the claim)",
            "facts/forged.yaml:67:16: quote part \"Albania\" has 1 word; each part around a gap needs at least 2 (quote more of the text around it, or drop the gap)",
            "facts/forged.yaml:76:16: quote does not name the subject 'brian-nelson' (\"Brian Nelson\", \"Nelson\") (quote the sentence that names it, add an alias the document uses, or add a 'context:' quote near it that names it)",
            "facts/forged.yaml:83:16: quote does not name the subject 'albania' (\"Albania\", \"Tirana\", \"Albanian government\") (quote the sentence that names it, add an alias the document uses, or add a 'context:' quote near it that names it)",
            "facts/forged.yaml:93:18: context is not near its quote (context at line 31, quote at line 41) (a context comes from the quote's paragraph, or ends at most 120 words before the quote)",
            "facts/forged.yaml:101:18: context not found in documents/002_80ebabcfc2efe3ca.txt (copy the context verbatim from the document)",
            "facts/forged.yaml:110:16: quote not found in documents/002_80ebabcfc2efe3ca.txt (source 'abna-presstv-2022-09-10') (it is in documents/003_a5112d52a8cac8c6.txt: cite source 'rferl-2022-09-10')",
            "facts/forged.yaml:113:14: unknown entity 'Kanaani' (did you mean 'nasser-kanaani'? 'Kanaani' is its name or alias; references use ids)",
        ], compiled.Diagnostics.Select(d => seeds.Relative(d.ToString())));
    }

    [Fact]
    public void Validate_ReportsUnsupportedQuotes_AsWarnings_UnlessStrict()
    {
        using var seeds = TempSeeds.FromReports();
        seeds.Write("facts/irrelevant.yaml", """
            facts:
              - id: forged-irrelevant-sentence
                type: ACCUSES
                subject: brian-nelson
                object: mko
                sources:
                  - source: rferl-2022-09-10
                    quote: "The MKO is an exiled political-militant organization"
            """);

        var compiled = new CorpusPipeline(Some.Vocabulary).Run(seeds.Seeds, TestContext.Current.CancellationToken);

        Assert.True(compiled.IsValid);
        Assert.Equal(
            ["facts/irrelevant.yaml:8:16: warning: quote does not name the subject 'brian-nelson' (\"Brian Nelson\", \"Nelson\") (quote the sentence that names it, add an alias the document uses, or add a 'context:' quote near it that names it)"],
            compiled.Warnings.Select(d => seeds.Relative(d.ToString())));
    }
}
