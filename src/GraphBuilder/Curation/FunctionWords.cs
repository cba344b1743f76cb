namespace GraphBuilder.Curation;

/// <summary>
/// The closed word classes of English that <see cref="SentenceReading"/> reads a sentence's structure by (forms of "be",
/// pronouns, prepositions, determiners, verbs of speech ...): grammar, not the vocabulary's cue and polarity tables, which
/// say what a sentence claims.
/// </summary>
internal static class FunctionWords
{
    // "is accused" (a passive), "is in no position" (a judgement of the name before it).
    public static readonly HashSet<string> FormsOfBe = new(["is", "are", "was", "were", "be", "been", "being"], StringComparer.OrdinalIgnoreCase);

    // Words that may stand between a subject and its verb: "which has been", "it is", "he also".
    public static readonly HashSet<string> Auxiliaries = new(["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "also", "then"], StringComparer.OrdinalIgnoreCase);

    // What stands for a party an earlier sentence names.
    public static readonly HashSet<string> Pronouns = new(["it", "he", "she", "they"], StringComparer.OrdinalIgnoreCase);

    // A name after one is no one's agent ("support for Albania", "against Iran").
    public static readonly HashSet<string> Prepositions = new(
        ["of", "for", "against", "on", "with", "to", "from", "by", "in", "at", "into", "over", "about", "toward", "towards", "upon"], StringComparer.OrdinalIgnoreCase);

    // Words that may open a participle phrase with no name of its own: "After accusing ...", "While condemning ...".
    public static readonly HashSet<string> Subordinators = new(["after", "before", "while", "since", "despite", "besides", "when"], StringComparer.OrdinalIgnoreCase);

    // Openers that say the participle after them did not happen: "Instead of accusing Iran, Albania ...".
    public static readonly string[] NegatingOpeners = ["instead of", "rather than", "far from"];

    // What joins names in a list: "the US, the UK and Israel".
    public static readonly HashSet<string> ListJoints = new([",", "and", ", and", "or", ", or", "as well as"], StringComparer.OrdinalIgnoreCase);

    // Verbs that mark who speaks: "..., Nelson said", "It wrote: ...".
    public static readonly HashSet<string> SpeechVerbs = new(["said", "says", "stated", "wrote", "told", "added", "tweeted", "declared"], StringComparer.OrdinalIgnoreCase);

    // Negations that deny a standing rather than an act: "no standing to", "lack any legitimacy to", "in no position to".
    public static readonly HashSet<string> StandingDenials = new(["no", "lack", "lacks", "lacked", "in no position"], StringComparer.OrdinalIgnoreCase);

    // Words that open a noun phrase: "condemning the new sanctions", not "harboring or supporting".
    public static readonly HashSet<string> Determiners = new(["the", "a", "an", "this", "these", "those", "such", "its", "their", "his", "her", "any"], StringComparer.OrdinalIgnoreCase);

    // Skipped to find the word before a name ("support from the United States": "from").
    public static readonly HashSet<string> Articles = new(["the", "a", "an"], StringComparer.OrdinalIgnoreCase);
}
