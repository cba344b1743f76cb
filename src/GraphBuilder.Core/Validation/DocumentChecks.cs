using System.Runtime.CompilerServices;
using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Validation.Evidence;

namespace GraphBuilder.Validation;

/// <summary>
/// The checks that read source documents, made document by document before the files' own checks: each document is
/// got once, every source and citation naming it is checked against it, and it is let go, so documents read when asked
/// (<see cref="CorpusDocuments"/>) are in memory only while checked. What each check found is kept per file, by source
/// index and by citation number (the order a file's check visits its citations), for <see cref="CorpusValidator"/> to
/// report in the file's own order: the same diagnostics as checks reading each document where they meet it.
/// </summary>
internal sealed class DocumentChecks
{
    private readonly SourceOutcome[][] _sources;
    private readonly CitationOutcome[][] _citations;

    private DocumentChecks(SourceOutcome[][] sources, CitationOutcome[][] citations) => (_sources, _citations) = (sources, citations);

    /// <summary>File <paramref name="file"/>'s outcomes: by source index, and by citation number.</summary>
    public (SourceOutcome[] Sources, CitationOutcome[] Citations) Of(int file) => (_sources[file], _citations[file]);

    /// <summary>Checks every file not reused whole (<see cref="ValidationReuse.Checks"/>), reusing quote results that still hold.</summary>
    public static DocumentChecks Run(SeedCorpus corpus, CorpusIndex index, ValidationReuse reuse, CorpusDocuments documents, Vocabulary vocabulary)
    {
        var files = corpus.Files;
        var sources = new SourceOutcome[files.Count][];
        var citations = new CitationOutcome[files.Count][];
        var byDocument = new Dictionary<string, Named>(StringComparer.Ordinal);
        Named Naming(string path) => byDocument.TryGetValue(path, out var named) ? named : byDocument[path] = new Named(path);
        for (var f = 0; f < files.Count; f++)
        {
            var file = files[f];
            sources[f] = [];
            citations[f] = [];
            if (reuse.Checks[f] is not null) continue;
            sources[f] = new SourceOutcome[file.Sources.Count];
            for (var s = 0; s < file.Sources.Count; s++)
                if (file.Sources[s].Document is { } document) Naming(document.Value).Sources.Add((f, s));
            var number = 0;
            foreach (var entity in file.Entities)
                foreach (var citation in entity.Sources) Cite(f, number++, citation, null);
            foreach (var fact in file.Facts)
                foreach (var citation in fact.Sources) Cite(f, number++, citation, fact);
            citations[f] = new CitationOutcome[number];
        }

        void Cite(int file, int number, CitationRecord citation, FactRecord? fact)
        {
            if (citation is { Source: { } id, Quote: not null } && index.Source(id.Value)?.Document is { } document)
                Naming(document.Value).Citations.Add(new Citing(file, number, citation, fact));
        }

        var checks = new DocumentChecks(sources, citations);
        var misses = new List<Miss>();
        // One document per core at a time: what is in memory of documents read when asked.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(byDocument.Values, parallel, () => new Checker(checks, corpus, index, reuse, documents, vocabulary), (named, _, checker) =>
        {
            checker.Check(named);
            return checker;
        }, checker =>
        {
            lock (misses) misses.AddRange(checker.Misses);
        });
        if (misses.Count > 0) checks.HintElsewhere(misses, index, documents);
        return checks;
    }

    /// <summary>
    /// For each quote with a part found nowhere in its document: the other source whose document holds it, if one does
    /// (a citation of the wrong source). Every document is read once more, for all such quotes together.
    /// </summary>
    private void HintElsewhere(List<Miss> misses, CorpusIndex index, CorpusDocuments documents)
    {
        var paths = index.Sources.Select(s => s.Document?.Value).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var holding = misses.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        Parallel.ForEach(paths, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
        {
            if (documents.Get(path)?.Document is not { } document) return;
            for (var m = 0; m < misses.Count; m++)
                if (misses[m].Cited.Document?.Value != path && QuoteMatcher.Match(document, misses[m].Quote, out _) is null)
                    lock (holding[m]) holding[m].Add(path);
        });
        for (var m = 0; m < misses.Count; m++)
        {
            var (file, number, cited, _) = misses[m];
            // The first in the index's order, as a check reading each source's document in turn finds it.
            foreach (var other in index.Sources)
            {
                if (ReferenceEquals(other, cited) || other.Document is null || other.Document.Value == cited.Document?.Value) continue;
                if (!holding[m].Contains(other.Document.Value)) continue;
                ref var outcome = ref _citations[file][number];
                outcome = outcome with { Hint = $"it is in {other.Document.Value}: cite source '{other.Id!.Value}'" };
                break;
            }
        }
    }

    // A document's path, and the sources (file, index) and citations that name it.
    private sealed class Named(string path)
    {
        public string Path { get; } = path;
        public List<(int File, int Index)> Sources { get; } = [];
        public List<Citing> Citations { get; } = [];
    }

    private readonly record struct Citing(int File, int Number, CitationRecord Citation, FactRecord? Fact);

    // A quote with a part missing from its document, to look for in the others.
    private readonly record struct Miss(int File, int Number, SourceRecord Cited, string Quote);

    /// <summary>One worker's checks; its evidence check and flag list are reused from citation to citation.</summary>
    private sealed class Checker(DocumentChecks checks, SeedCorpus corpus, CorpusIndex index, ValidationReuse reuse, CorpusDocuments documents, Vocabulary vocabulary)
    {
        private readonly EvidenceCheck _evidence = new(vocabulary, index.Mentions);
        private readonly List<EvidenceFlag> _flags = [];

        public List<Miss> Misses { get; } = [];

        public void Check(Named named)
        {
            if (documents.Get(named.Path) is not { } load) return;
            var text = load.Document;
            foreach (var (file, s) in named.Sources)
            {
                var source = corpus.Files[file].Sources[s];
                checks._sources[file][s] = new SourceOutcome(load.Problem,
                    text is not null && source.Dateline is { } dateline && !QuoteMatcher.Occurs(text, dateline.Value),
                    text is not null && source.Credit is { } credit && !QuoteMatcher.Occurs(text, credit.Value));
            }
            if (text is null) return;
            var kept = documents.Held ? load : null;
            foreach (var citing in named.Citations)
                checks._citations[citing.File][citing.Number] = Check(citing, load, text) with { Load = kept };
        }

        [MethodImpl(HotPath.Options)]
        private CitationOutcome Check(Citing citing, DocumentLoad load, SourceDocument document)
        {
            var (file, number, citation, fact) = citing;
            var quote = citation.Quote!.Value;
            QuoteProblem? problem;
            QuoteSpan span;
            if (reuse.Quotes[file] is { } before && number < before.Documents.Length && before.Documents[number] is { } earlier && earlier.SameAs(load))
            {
                problem = before.Problems?.GetValueOrDefault(number);
                span = before.Spans[number];
            }
            else problem = QuoteMatcher.Match(document, quote, out span);

            if (problem?.MissingPart is { } missing)
            {
                Misses.Add(new Miss(file, number, index.Source(citation.Source!.Value)!, quote));
                var hint = missing.Length > 0 && document.IndexOf(missing, 0) >= 0
                    ? $"\"{Excerpt(missing)}\" occurs only before the part preceding it; quoted parts must follow the document's order"
                    : ClosestPassage.Hint(document, missing) ?? "copy the quote verbatim from the document; use ... to skip text";
                return new CitationOutcome(true, span, problem, hint, null, null);
            }
            if (problem is not null || fact is null) return new CitationOutcome(true, span, problem, null, null, null);

            QuoteSpan? contextSpan = null;
            if (citation.Context is { } context)
            {
                if (QuoteMatcher.Match(document, context.Value, out var found) is { } wrong)
                    return new CitationOutcome(true, span, null, null, QuoteProblem.Breaks(
                        wrong.MissingPart is null ? wrong.Message : $"context not found in {document.RelativePath}",
                        wrong.Hint ?? ClosestPassage.Hint(document, wrong.MissingPart!) ?? "copy the context verbatim from the document"), null);
                contextSpan = found;
            }
            _flags.Clear();
            var subject = fact.Subject is null ? null : index.Entity(fact.Subject.Value);
            var @object = fact.Object is null ? null : index.Entity(fact.Object.Value);
            _evidence.Check(
                new EvidenceCheck.Cited(document, quote, span, citation.Context?.Value, contextSpan) { Body = Body(citation) },
                new EvidenceCheck.Claim(TypeOf(fact), subject?.Id?.Value, subject is null ? [] : index.NamesOf(subject), @object?.Id?.Value, @object is null ? [] : index.NamesOf(@object))
                {
                    Years = FactDates.Years(fact),
                },
                _flags);
            return new CitationOutcome(true, span, null, null, null, _flags.Count == 0 ? [] : [.. _flags]);
        }

        private RelationshipType? TypeOf(FactRecord fact) =>
            fact.Type is { } name && vocabulary.RelationshipTypes.TryGetValue(name.Value, out var type) ? type : null;

        // A source's body lines ("FIRST-LAST"), when it marks them well; the file's check reports a malformed one.
        private (int, int)? Body(CitationRecord citation) =>
            citation.Source is { } id && index.Source(id.Value)?.Body is { } body && SourceBody.Parse(body.Value) is { } lines ? lines : null;
    }

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
