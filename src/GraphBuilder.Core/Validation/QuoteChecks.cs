using GraphBuilder.Facts;

namespace GraphBuilder.Validation;

/// <summary>
/// One file's quote results, kept for its next check. Quote checks are the costly part of a
/// re-validation; a file's citations are the same while the file is unchanged (the loader hands
/// back the same <see cref="SeedFile"/>), and a document the same object while its bytes are, so a
/// citation's last result holds while it is checked against the same document. Citations are
/// numbered in the order a file's check visits them; a document per citation, mismatches (rare) by number.
/// </summary>
internal sealed record QuoteMemo(SourceDocument?[] Documents, Dictionary<int, string>? Mismatches);

/// <summary>Checks one file's quotes, reusing the file's <see cref="QuoteMemo"/> from the last check. Not thread-safe: one per file check.</summary>
internal sealed class QuoteChecks
{
    private readonly QuoteMemo? _before;
    private readonly SourceDocument?[] _documents;
    private Dictionary<int, string>? _mismatches;
    private int _next;

    public QuoteChecks(SeedFile file, QuoteMemo? before)
    {
        var count = 0;
        foreach (var entity in file.Entities) count += entity.Sources.Count;
        foreach (var fact in file.Facts) count += fact.Sources.Count;
        _documents = count == 0 ? [] : new SourceDocument?[count];
        _before = before;
    }

    /// <summary>The number of the next citation visited; every citation takes one, checked or not.</summary>
    public int Next() => _next++;

    /// <summary>Null when the quote is found in the document; otherwise the part that is not (as <see cref="SourceDocument.FindMismatch"/>).</summary>
    public string? Mismatch(int number, SourceDocument document, string quote)
    {
        var mismatch = _before is { } before && number < before.Documents.Length && ReferenceEquals(before.Documents[number], document)
            ? before.Mismatches?.GetValueOrDefault(number)
            : document.FindMismatch(quote);
        _documents[number] = document;
        if (mismatch is not null) (_mismatches ??= [])[number] = mismatch;
        return mismatch;
    }

    public QuoteMemo Memo => new(_documents, _mismatches);
}
