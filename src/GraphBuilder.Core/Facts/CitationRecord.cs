using GraphBuilder.Validation;

namespace GraphBuilder.Facts;

/// <summary>
/// One <c>sources:</c> item of a fact or entity: a source id and a verbatim quote from its
/// document, and optionally a verbatim <see cref="Context"/> near it that names a party the quote
/// refers to only by pronoun or title, and the <see cref="Reviews"/> of its evidence flags.
/// </summary>
public sealed record CitationRecord(Field? Source, Field? Quote, SourcePosition At, Field? Context = null)
{
    /// <summary>The curator's reviews of this citation's evidence flags (<c>reviewed:</c>).</summary>
    public IReadOnlyList<ReviewRecord> Reviews { get; init; } = [];
}
