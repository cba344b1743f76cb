using GraphBuilder.Facts;
using GraphBuilder.Validation.Evidence;

namespace GraphBuilder.Validation;

/// <summary>Checks one file's quotes, reusing the <see cref="QuoteMemo"/> of an earlier check of the same content. Not thread-safe: one per file check.</summary>
internal sealed class QuoteChecks
{
    private readonly QuoteMemo? _before;
    private readonly DocumentLoad?[] _documents;
    private readonly QuoteSpan[] _spans;
    private Dictionary<int, QuoteProblem>? _problems;
    private int _next;

    public QuoteChecks(SeedFile file, QuoteMemo? before, EvidenceCheck evidence)
    {
        Evidence = evidence;
        var count = 0;
        foreach (var entity in file.Entities) count += entity.Sources.Count;
        foreach (var fact in file.Facts) count += fact.Sources.Count;
        _documents = count == 0 ? [] : new DocumentLoad?[count];
        _spans = count == 0 ? [] : new QuoteSpan[count];
        _before = before;
    }

    /// <summary>The file's evidence check, and the list its flags are collected in (both reused from citation to citation).</summary>
    public EvidenceCheck Evidence { get; }

    public List<EvidenceFlag> Flags { get; } = [];

    /// <summary>The file's evidence counts so far.</summary>
    public EvidenceTally Tally { get; set; } = EvidenceTally.None;

    /// <summary>The number of the next citation visited; every citation takes one, checked or not.</summary>
    public int Next() => _next++;

    /// <summary>Null and the quote's span when it holds in the document (<paramref name="load"/>'s); otherwise the problem (as <see cref="QuoteMatcher.Match"/>).</summary>
    public QuoteProblem? Check(int number, DocumentLoad load, SourceDocument document, string quote, out QuoteSpan span)
    {
        QuoteProblem? problem;
        if (_before is { } before && number < before.Documents.Length && before.Documents[number] is { } earlier && earlier.SameAs(load))
        {
            problem = before.Problems?.GetValueOrDefault(number);
            span = before.Spans[number];
        }
        else problem = QuoteMatcher.Match(document, quote, out span);
        _documents[number] = load;
        _spans[number] = span;
        if (problem is not null) (_problems ??= [])[number] = problem;
        return problem;
    }

    public QuoteMemo Memo => new(_documents, _spans, _problems);
}
