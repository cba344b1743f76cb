using GraphBuilder.Graph;
using GraphBuilder.Testing;

namespace GraphBuilder.Tests.Validation;

/// <summary>
/// The forged quotes of tests/fixtures/forged-quotes, added to the three reports, are each rejected
/// in strict mode with the message of the rule they break, at the quote's position (the frozen
/// reports' own flags, which the shipped seeds answer with reviews, are not these tests' subject).
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
            "facts/forged.yaml:19:16: the gap after \"...comes as the Islamic Republic\" crosses into another sentence of documents/000_6248c865962c26c9.txt (a gap stays within one sentence: cite the parts as separate quotes)",
            "facts/forged.yaml:28:16: the gap after \"...United Nations secretary-general did\" skips the negation \"not\" (a gap never skips a negation: quote it)",
            "facts/forged.yaml:37:16: quote starts inside the word \"unsubstantiated\" in documents/002_80ebabcfc2efe3ca.txt (a quote's parts start and end at word boundaries: quote whole words)",
            "facts/forged.yaml:44:16: quote ends inside the word \"unsubstantiated\" in documents/002_80ebabcfc2efe3ca.txt (a quote's parts start and end at word boundaries: quote whole words)",
            "facts/forged.yaml:53:16: quote has 1 word; a quote needs at least 4 to stand on its own (quote the whole clause that makes the claim)",
            "facts/forged.yaml:60:16: quote has 2 words; a quote needs at least 4 to stand on its own (quote the whole clause that makes the claim)",
            "facts/forged.yaml:67:16: quote part \"Albania\" has 1 word; each part around a gap needs at least 2 (quote more of the text around it, or drop the gap)",
            "facts/forged.yaml:76:16: quote does not name the subject 'brian-nelson' (\"Brian Nelson\", \"Nelson\") [names] (quote the words that name it, add an alias the document uses, or add a 'context:' quote just before it, in its paragraph, that names it)",
            "facts/forged.yaml:76:16: quote has no word for ACCUSES (accuse, blame, attribute, hold * accountable, held * accountable, call for * to be held accountable, ...) [cue] (quote the words that say it, or add the document's word to ACCUSES's cues in schema/vocabulary.yaml)",
            "facts/forged.yaml:83:16: quote does not name the subject 'albania' (\"Albania\", \"Tirana\", \"Albanian government\") [names] (quote the words that name it, add an alias the document uses, or add a 'context:' quote just before it, in its paragraph, that names it)",
            "facts/forged.yaml:83:16: quote does not name the object 'iran' (\"Iran\", \"Islamic Republic of Iran\", \"Islamic Republic\", \"Tehran\", \"Government of Iran\", \"Iranian officials\") [names] (quote the words that name it, add an alias the document uses, or add a 'context:' quote just before it, in its paragraph, that names it)",
            "facts/forged.yaml:83:16: quote has no word for SEVERS_TIES_WITH (sever, cut, break off, broke off, terminate, expel, ...) [cue] (quote the words that say it, or add the document's word to SEVERS_TIES_WITH's cues in schema/vocabulary.yaml)",
            "facts/forged.yaml:92:16: context is not from the quote's paragraph (context at line 31, quote at line 41) [context] (a context is copied without gaps from the quote's paragraph, before the quote, and names the party the quote leaves unnamed)",
            "facts/forged.yaml:92:16: quote does not name the subject 'nasser-kanaani' (\"Nasser Kanaani\", \"Kanaani\", \"Nasser Kana'ani\", \"Kana'ani\", \"Nasser Kanani\", \"Kanani\", \"Khani\") [names] (quote the words that name it, add an alias the document uses, or add a 'context:' quote just before it, in its paragraph, that names it)",
            "facts/forged.yaml:92:16: quote does not name the object 'albania' (\"Albania\", \"Tirana\", \"Albanian government\") [names] (quote the words that name it, add an alias the document uses, or add a 'context:' quote just before it, in its paragraph, that names it)",
            "facts/forged.yaml:101:18: context not found in documents/002_80ebabcfc2efe3ca.txt (copy the context verbatim from the document)",
            "facts/forged.yaml:110:16: quote not found in documents/002_80ebabcfc2efe3ca.txt (source 'abna-presstv-2022-09-10') (it is in documents/003_a5112d52a8cac8c6.txt: cite source 'rferl-2022-09-10')",
            "facts/forged.yaml:113:14: unknown entity 'Kanaani' (did you mean 'nasser-kanaani'? 'Kanaani' is its name or alias; references use ids)",
        ], compiled.Diagnostics.Select(d => seeds.Relative(d.ToString())).Where(d => d.StartsWith("facts/forged.yaml", StringComparison.Ordinal)));
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
            [
                "facts/irrelevant.yaml:8:16: warning: quote does not name the subject 'brian-nelson' (\"Brian Nelson\", \"Nelson\") [names] (quote the words that name it, add an alias the document uses, or add a 'context:' quote just before it, in its paragraph, that names it)",
                "facts/irrelevant.yaml:8:16: warning: quote has no word for ACCUSES (accuse, blame, attribute, hold * accountable, held * accountable, call for * to be held accountable, ...) [cue] (quote the words that say it, or add the document's word to ACCUSES's cues in schema/vocabulary.yaml)",
            ],
            compiled.Warnings.Select(d => seeds.Relative(d.ToString())).Where(d => d.StartsWith("facts/irrelevant.yaml", StringComparison.Ordinal)));
    }
}
