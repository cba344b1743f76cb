using GraphBuilder.Facts;

namespace GraphBuilder.Validation;

/// <summary>
/// One file's quote results, kept for its next check. Quote checks are the costly part of a
/// re-validation; a file's citations are the same while the file is unchanged (the loader hands
/// back the same <see cref="SeedFile"/>), and a document the same object while its bytes are, so a
/// citation's last result holds while it is checked against the same document. Citations are
/// numbered in the order a file's check visits them; a document and span per citation, problems (rare) by number.
/// </summary>
internal sealed record QuoteMemo(SourceDocument?[] Documents, QuoteSpan[] Spans, Dictionary<int, QuoteProblem>? Problems);

/// <summary>Checks one file's quotes, reusing the file's <see cref="QuoteMemo"/> from the last check. Not thread-safe: one per file check.</summary>
internal sealed class QuoteChecks
{
    private readonly QuoteMemo? _before;
    private readonly SourceDocument?[] _documents;
    private readonly QuoteSpan[] _spans;
    private Dictionary<int, QuoteProblem>? _problems;
    private int _next;

    public QuoteChecks(SeedFile file, QuoteMemo? before)
    {
        var count = 0;
        foreach (var entity in file.Entities) count += entity.Sources.Count;
        foreach (var fact in file.Facts) count += fact.Sources.Count;
        _documents = count == 0 ? [] : new SourceDocument?[count];
        _spans = count == 0 ? [] : new QuoteSpan[count];
        _before = before;
    }

    /// <summary>The number of the next citation visited; every citation takes one, checked or not.</summary>
    public int Next() => _next++;

    /// <summary>Null and the quote's span when it holds in the document; otherwise the problem (as <see cref="QuoteMatcher.Match"/>).</summary>
    public QuoteProblem? Check(int number, SourceDocument document, string quote, out QuoteSpan span)
    {
        QuoteProblem? problem;
        if (_before is { } before && number < before.Documents.Length && ReferenceEquals(before.Documents[number], document))
        {
            problem = before.Problems?.GetValueOrDefault(number);
            span = before.Spans[number];
        }
        else problem = QuoteMatcher.Match(document, quote, out span);
        _documents[number] = document;
        _spans[number] = span;
        if (problem is not null) (_problems ??= [])[number] = problem;
        return problem;
    }

    public QuoteMemo Memo => new(_documents, _spans, _problems);
}
