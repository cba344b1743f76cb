namespace GraphBuilder.Schema;

/// <summary>The groups of vocabulary.yaml's <c>polarity</c> table: words that change what a quote's words assert.</summary>
public enum PolarityKind
{
    /// <summary>"not", "never", "no one": the quoted words may be denied.</summary>
    Negation,

    /// <summary>"denied", "rejected", "refused to": someone disputes the quoted words.</summary>
    Denial,

    /// <summary>"baseless", "false", "in no position": the document calls the quoted words untrue.</summary>
    Refutation,

    /// <summary>"alleged", "so-called": the quoted words are reported, not asserted.</summary>
    Hedge,

    /// <summary>"he said", "according to": inside a gap, the quote joins what someone else said.</summary>
    Attribution,
}
