namespace GraphBuilder.Validation;

/// <summary>
/// The bounds a quote must keep (docs/seed-format.md justifies each): enough words to stand on
/// its own, and gaps ("...") that skip little, inside one paragraph, and no negation; and how
/// near its quote a context must be.
/// </summary>
internal static class ElisionRules
{
    /// <summary>A clause that says who did what to whom rarely has fewer; a bare name or "X ... sanctions" has.</summary>
    public const int MinWords = 4;

    /// <summary>A one-word part can be picked from anywhere; two words keep some of its own context.</summary>
    public const int MinPartWords = 2;

    /// <summary>About one news sentence: room to drop a clause or a list, not to join separate statements.</summary>
    public const int MaxGapWords = 30;

    /// <summary>
    /// How far before its quote a context may end (outside the quote's paragraph): about three
    /// short news paragraphs, as far back as a pronoun or title's antecedent usually sits.
    /// </summary>
    public const int MaxContextWords = 120;
}
