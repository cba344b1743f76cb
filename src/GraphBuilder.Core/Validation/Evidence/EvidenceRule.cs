namespace GraphBuilder.Validation.Evidence;

/// <summary>
/// One evidence rule: a stable id (what a curator's review names), and what it checks. Each flags
/// a citation whose words may not say what its fact claims; docs/seed-format.md lists them with
/// the tables they read. The rules check the words, not the truth.
/// </summary>
public sealed record EvidenceRule(string Id, string Title)
{
    public static readonly EvidenceRule Names = new("names", "the quote (or a context just before it) names the subject and the object");
    public static readonly EvidenceRule Context = new("context", "a context is gapless and comes from the quote's paragraph, before the quote");
    public static readonly EvidenceRule Cue = new("cue", "the quote has a word that expresses the fact's type");
    public static readonly EvidenceRule Direction = new("direction", "the quote's cue has the subject as its agent and the object as its target");
    public static readonly EvidenceRule Polarity = new("polarity", "no negation, denial, refutation or hedge just outside the quote or in its gaps, no attribution in its gaps");
    public static readonly EvidenceRule Question = new("question", "the quote is not from a question");
    public static readonly EvidenceRule Body = new("body", "the quote is from the report's body, not its headline or page furniture");
    public static readonly EvidenceRule Year = new("year", "a year the quote names agrees with the fact's date");

    /// <summary>Every rule, in the order citations are checked.</summary>
    public static readonly IReadOnlyList<EvidenceRule> All = [Names, Context, Cue, Direction, Polarity, Question, Body, Year];

    /// <summary>The rule with this id, or null.</summary>
    public static EvidenceRule? Find(string id)
    {
        foreach (var rule in All)
            if (rule.Id == id) return rule;
        return null;
    }
}
