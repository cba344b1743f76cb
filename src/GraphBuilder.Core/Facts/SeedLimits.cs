namespace GraphBuilder.Facts;

/// <summary>
/// Input limits that keep memory bounded whatever a file holds, and text fields within what a graph
/// store, an export and a reader can reasonably handle (like FollowTheMoney's typed property limits).
/// Lengths count UTF-16 characters. docs/seed-format.md lists them; <see cref="TextFieldCheck"/> applies them.
/// </summary>
public sealed record SeedLimits
{
    /// <summary>Largest seed file or source document read (default 32 MB).</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Ids of sources, entities and facts, and the references to them (default 200).</summary>
    public int MaxIdLength { get; init; } = 200;

    /// <summary>Names, aliases, roles, source titles and publishers (default 500).</summary>
    public int MaxNameLength { get; init; } = 500;

    /// <summary>A quote from a source document (default 5,000: a quote is a passage, not the document).</summary>
    public int MaxQuoteLength { get; init; } = 5_000;

    /// <summary>Notes and a fact's <c>about</c> (default 10,000).</summary>
    public int MaxNoteLength { get; init; } = 10_000;

    /// <summary>Every other text field: kinds, types, dates, URLs, document paths (default 2,000).</summary>
    public int MaxOtherLength { get; init; } = 2_000;
}
