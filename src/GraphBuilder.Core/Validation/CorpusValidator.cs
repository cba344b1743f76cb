using System.Runtime.CompilerServices;
using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Validation.Evidence;

namespace GraphBuilder.Validation;

/// <summary>
/// Checks a whole corpus against the vocabulary and itself: unique ids across files, resolvable
/// references, allowed kinds and endpoint kinds, real dates, and quotes found in their documents.
/// Returns every problem, sorted by position. Keeps nothing between runs: an earlier run's results
/// come in as a <see cref="ValidationReuse"/>.
/// </summary>
internal sealed class CorpusValidator(Vocabulary vocabulary)
{
    public IReadOnlyList<Diagnostic> Validate(SeedCorpus corpus) => Validate(corpus, ValidationReuse.None(corpus.Files.Count)).Diagnostics;

    /// <summary>Validates, taking from <paramref name="reuse"/> what an earlier run checked that still holds.</summary>
    internal CorpusValidation Validate(SeedCorpus corpus, ValidationReuse reuse) => Validate(corpus, reuse, CorpusDocuments.HeldBy(corpus));

    /// <summary>As <see cref="Validate(SeedCorpus, ValidationReuse)"/>, reading the documents from <paramref name="documents"/>.</summary>
    internal CorpusValidation Validate(SeedCorpus corpus, ValidationReuse reuse, CorpusDocuments documents)
    {
        var files = corpus.Files;
        // The cross-file checks read only the corpus: they run beside the index's building (one core, the name matcher included)
        // and the per-file checks (which only read the index), so neither core waits for them.
        var crossFile = reuse.CrossFile is not null ? null : Task.Run(() =>
        {
            DiagnosticBag duplicates = new(), links = new();
            CorpusIndex.ReportDuplicates(corpus, duplicates);
            CheckLinkIds(corpus, links);
            return new CrossFileChecks(duplicates.Items, links.Items);
        });
        var index = CorpusIndex.Build(corpus, new DiagnosticBag(), findDuplicates: false);
        // What the documents say first, document by document; then each file, independently against the read-only index
        // and those outcomes, so in parallel; results are kept in file order.
        var read = DocumentChecks.Run(corpus, index, reuse, documents, vocabulary);
        var fileChecks = new FileChecks[files.Count];
        Parallel.For(0, fileChecks.Length, i => fileChecks[i] = reuse.Checks[i] ?? CheckFile(files[i], index, read.Of(i), documents.Held));
        var cross = reuse.CrossFile ?? crossFile!.GetAwaiter().GetResult();

        // The order of a full pass (files, duplicates, sources, entities, facts, links), so ties sort the same.
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(corpus.FolderDiagnostics);
        foreach (var file in files) diagnostics.AddRange(file.Diagnostics);
        diagnostics.AddRange(cross.Duplicates);
        foreach (var check in fileChecks) diagnostics.AddRange(check.Sources);
        foreach (var check in fileChecks) diagnostics.AddRange(check.Entities);
        foreach (var check in fileChecks) diagnostics.AddRange(check.Facts);
        diagnostics.AddRange(cross.Links);
        return new CorpusValidation(diagnostics.Sorted(), fileChecks, cross);
    }

    private FileChecks CheckFile(SeedFile file, CorpusIndex index, (SourceOutcome[] Sources, CitationOutcome[] Citations) read, bool documentsHeld)
    {
        DiagnosticBag sources = new(), entities = new(), facts = new();
        var quotes = new QuoteChecks(read.Citations);
        for (var i = 0; i < file.Sources.Count; i++) CheckSource(file.Sources[i], read.Sources[i], sources);
        foreach (var entity in file.Entities) CheckEntity(entity, index, quotes, entities);
        foreach (var fact in file.Facts) CheckFact(fact, index, quotes, facts);
        return new FileChecks(sources.Items, entities.Items, facts.Items, QuoteMemo.Of(read.Citations, documentsHeld)) { Evidence = quotes.Tally };
    }

    // Entity links compile to relationships with composed ids; they must not collide with each other or a fact.
    private void CheckLinkIds(SeedCorpus corpus, DiagnosticBag diagnostics)
    {
        var linkIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in corpus.Entities.Where(e => e.Id is not null))
            foreach (var link in entity.Links)
                if (!linkIds.Add(link.RelationshipId(entity.Id!.Value, vocabulary.EntityFields[link.Key].Name)))
                    diagnostics.Add(link.Target.At, $"'{link.Target.Value}' is listed twice under '{link.Key}'");
        if (linkIds.Count == 0) return;
        foreach (var fact in corpus.Facts.Where(f => f.Id is not null && linkIds.Contains(f.Id.Value)))
            diagnostics.Add(fact.Id!.At, $"fact id '{fact.Id.Value}' equals the id of an entity link", "rename the fact");
    }

    private static void CheckSource(SourceRecord source, SourceOutcome read, DiagnosticBag diagnostics)
    {
        if (source.Published is { } published)
        {
            FactDate.ParseDay(published.Value, "published", out var problem);
            if (problem is not null) diagnostics.Add(published.At, problem);
        }

        if (source.Document is { } document && read.Problem is { } why)
            diagnostics.Add(document.At, why);

        foreach (var (key, field, missing) in new[] { ("dateline", source.Dateline, read.DatelineMissing), ("credit", source.Credit, read.CreditMissing) })
            if (missing)
                diagnostics.Add(field!.At, $"{key} \"{field.Value}\" not found in {source.Document!.Value}",
                    $"'{key}' is text from the document: copy it as the document prints it");

        if (source.Body is { } body && SourceBody.Parse(body.Value) is null)
            diagnostics.Add(body.At, $"body must be FIRST-LAST document lines (e.g. 5-40), found '{body.Value}'");

        if (source.Url is { } url && !(Uri.TryCreate(url.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            diagnostics.Add(url.At, $"'{url.Value}' is not an http(s) URL");
    }

    private void CheckEntity(EntityRecord entity, CorpusIndex index, QuoteChecks quotes, DiagnosticBag diagnostics)
    {
        if (entity.Kind is { } kind && !vocabulary.Kinds.ContainsKey(kind.Value))
            diagnostics.Add(kind.At, $"unknown entity kind '{kind.Value}'",
                DidYouMean.Hint(kind.Value, vocabulary.Kinds.Keys) ?? "known kinds: " + string.Join(", ", vocabulary.Kinds.Keys));

        foreach (var link in entity.Links)
        {
            var type = vocabulary.EntityFields[link.Key];
            var target = index.ResolveEntity(link.Target, diagnostics);
            if (entity.Kind is null || target?.Kind is null) continue;
            CheckEndpoints(type, entity.Kind.Value, target.Kind.Value, link.Target, link.Target.At, diagnostics);
            if (entity.Id?.Value == link.Target.Value && !type.AllowSelf)
                diagnostics.Add(link.Target.At, $"'{link.Key}' links '{link.Target.Value}' to itself");
        }
        foreach (var citation in entity.Sources)
        {
            CheckCitation(citation, index, quotes, diagnostics);
            CheckReviews(citation, ofFact: false, diagnostics);
            if (citation.Context is { } context)
                diagnostics.Add(context.At, "'context' is for a fact's citations", "an entity's citations are not checked for names; remove it");
        }
    }

    [MethodImpl(HotPath.Options)]
    private void CheckFact(FactRecord fact, CorpusIndex index, QuoteChecks quotes, DiagnosticBag diagnostics)
    {
        RelationshipType? type = null;
        if (fact.Type is { } typeName && !vocabulary.RelationshipTypes.TryGetValue(typeName.Value, out type))
            diagnostics.Add(typeName.At, $"unknown relationship type '{typeName.Value}'",
                DidYouMean.Hint(typeName.Value, vocabulary.RelationshipTypes.Keys) ?? "add it to schema/vocabulary.yaml first");

        var subject = fact.Subject is null ? null : index.ResolveEntity(fact.Subject, diagnostics);
        var @object = fact.Object is null ? null : index.ResolveEntity(fact.Object, diagnostics);
        if (type is not null && subject?.Kind is not null && @object?.Kind is not null)
            CheckEndpoints(type, subject.Kind.Value, @object.Kind.Value, fact.Object!, fact.Subject!.At, diagnostics);
        if (type is not null && !type.AllowSelf && subject is not null && ReferenceEquals(subject, @object))
            diagnostics.Add(fact.Object!.At, $"{type.Name} from '{fact.Subject!.Value}' to itself makes no sense", "check subject and object");

        CheckDates(fact, diagnostics);
        foreach (var disputed in fact.Disputes ?? [])
            if (index.ResolveFact(disputed, diagnostics) && disputed.Value == fact.Id?.Value)
                diagnostics.Add(disputed.At, $"fact '{disputed.Value}' disputes itself", "name the fact whose account this one contradicts");
        // Indexed: a foreach over the interface would allocate an enumerator per fact.
        var citations = fact.Sources;
        for (var i = 0; i < citations.Count; i++)
        {
            if (citations[i].Reviews.Count > 0) CheckReviews(citations[i], ofFact: true, diagnostics);
            if (CheckCitation(citations[i], index, quotes, diagnostics) is { } read)
                CheckEvidence(citations[i], read, quotes, diagnostics);
            CheckPublication(fact, citations[i], index, diagnostics);
        }
    }

    private void CheckEndpoints(RelationshipType type, string fromKind, string toKind, Field target, SourcePosition fromAt, DiagnosticBag diagnostics)
    {
        if (!vocabulary.Kinds.ContainsKey(fromKind) || !vocabulary.Kinds.ContainsKey(toKind)) return;
        if (!type.FromKinds.Contains(fromKind))
            diagnostics.Add(fromAt, $"{type.Name} cannot start at a{Article(fromKind)} {fromKind}",
                "allowed subject kinds: " + string.Join(", ", type.FromKinds.Order(StringComparer.Ordinal)));
        if (!type.ToKinds.Contains(toKind))
            diagnostics.Add(target.At, $"{type.Name} cannot end at a{Article(toKind)} {toKind} ('{target.Value}')",
                "allowed object kinds: " + string.Join(", ", type.ToKinds.Order(StringComparer.Ordinal)));
    }

    private static string Article(string word) => word.Length > 0 && "aeiou".Contains(word[0]) ? "n" : "";

    private static void CheckDates(FactRecord fact, DiagnosticBag diagnostics)
    {
        if (fact.Date is not null && (fact.From is not null || fact.To is not null))
            diagnostics.Add((fact.From ?? fact.To)!.At, "give either 'date' or a 'from'/'to' range, not both");
        Parse(fact.Date, diagnostics);
        var from = Parse(fact.From, diagnostics);
        var to = Parse(fact.To, diagnostics);
        if (from is { } f && to is { } t && t.Last < f.First)
            diagnostics.Add(fact.To!.At, $"the range ends ({t.Text}) before it starts ({f.Text})", "swap 'from' and 'to'");
    }

    private static FactDate? Parse(Field? field, DiagnosticBag diagnostics)
    {
        if (field is null) return null;
        var date = FactDate.Parse(field.Value, out var problem);
        if (problem is not null) diagnostics.Add(field.At, problem);
        return date;
    }

    /// <summary>Checks a citation's source and reports what its document said of its quote (<see cref="DocumentChecks"/>); that outcome when the quote holds.</summary>
    private static CitationOutcome? CheckCitation(CitationRecord citation, CorpusIndex index, QuoteChecks quotes, DiagnosticBag diagnostics)
    {
        var read = quotes.Next();
        if (citation.Source is null) return null;
        var source = index.ResolveSource(citation.Source, diagnostics);
        if (source?.Document is null || citation.Quote is null || !read.Checked) return null;
        if (read.Problem is not { } problem) return read;
        if (problem.MissingPart is null) diagnostics.Add(citation.Quote.At, problem.Message, problem.Hint);
        else diagnostics.Add(citation.Quote.At, $"quote not found in {source.Document.Value} (source '{source.Id?.Value}')", read.Hint);
        return null;
    }

    /// <summary>
    /// Warns for each evidence rule the citation breaks (<see cref="EvidenceCheck"/>, run by <see cref="DocumentChecks"/>). A context
    /// must hold in the same document by the quote rules; the evidence rules say where it may lie.
    /// </summary>
    private static void CheckEvidence(CitationRecord citation, CitationOutcome read, QuoteChecks quotes, DiagnosticBag diagnostics)
    {
        if (read.ContextProblem is { } wrong)
        {
            diagnostics.Add(citation.Context!.At, wrong.Message, wrong.Hint);
            return;
        }
        var flags = read.Flags!;
        var reviewed = 0;
        foreach (var flag in flags)
        {
            if (ReviewOf(citation, flag.Rule) is not null) reviewed++;
            else diagnostics.Flag(citation.Quote!.At, flag);
        }
        foreach (var review in citation.Reviews)
            if (review.Flag is { } named && EvidenceRule.Find(named.Value) is { } rule && !Array.Exists(flags, f => f.Rule == rule))
                diagnostics.Warn(named.At, $"review of '{rule.Id}' acknowledges no flag: the citation keeps that rule",
                    "remove the review, so a later flag on this citation is not taken as read");
        quotes.Tally = quotes.Tally.Plus(new EvidenceTally(1, flags.Length > 0 ? 1 : 0, reviewed > 0 && reviewed == flags.Length ? 1 : 0));
    }

    /// <summary>A fact cannot be dated after a source that reports it was published.</summary>
    private static void CheckPublication(FactRecord fact, CitationRecord citation, CorpusIndex index, DiagnosticBag diagnostics)
    {
        var start = FactDates.Start(fact);
        if (start is null || citation.Source is not { } id || index.Source(id.Value)?.Published is not { } published) return;
        if (FactDate.Parse(published.Value, out _) is { } day && start.Value.First > day.Last)
            diagnostics.Add(FactDates.StartField(fact)!.At, $"the fact is dated {start.Value.Text}, after its source '{id.Value}' was published ({published.Value})",
                "a report cannot tell of what happened after it: check the date or the source");
    }

    private static ReviewRecord? ReviewOf(CitationRecord citation, EvidenceRule rule)
    {
        foreach (var review in citation.Reviews)
            if (review.Flag?.Value == rule.Id && review.By is not null && review.On is not null && review.Note is not null) return review;
        return null;
    }

    /// <summary>A review names a known rule and a real day; its other fields are required by the reader.</summary>
    private static void CheckReviews(CitationRecord citation, bool ofFact, DiagnosticBag diagnostics)
    {
        foreach (var review in citation.Reviews)
        {
            if (!ofFact)
            {
                diagnostics.Add(review.At, "'reviewed' is for a fact's citations", "an entity's citations are not checked for evidence; remove it");
                continue;
            }
            if (review.Flag is { } flag && EvidenceRule.Find(flag.Value) is null)
                diagnostics.Add(flag.At, $"unknown evidence flag '{flag.Value}'",
                    DidYouMean.Hint(flag.Value, EvidenceRule.All.Select(r => r.Id)) ?? "flags: " + string.Join(", ", EvidenceRule.All.Select(r => r.Id)));
            if (review.On is { } on)
            {
                var date = FactDate.Parse(on.Value, out var problem);
                if (problem is not null) diagnostics.Add(on.At, problem);
                else if (date is { IsDay: false }) diagnostics.Add(on.At, $"'on' must be a full date (YYYY-MM-DD), found '{on.Value}'");
            }
        }
    }
}
