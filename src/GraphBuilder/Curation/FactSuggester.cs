using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Validation;
using GraphBuilder.Validation.Evidence;

namespace GraphBuilder.Curation;

/// <summary>
/// Reads a report sentence by sentence and proposes the facts it states: a sentence that names two known entities (names
/// and aliases, longest match: the evidence check's <see cref="NameMatcher"/>) and carries a relation cue of the vocabulary
/// (<see cref="Vocabulary.Cues"/>) gives the cue's type, its parties read by the cue's voice, a date when the sentence has
/// one (<see cref="SentenceDate"/>), and the sentence as the quote when it passes validation's quote rules.
/// A tool for the curator: it proposes, it never decides.
/// </summary>
internal sealed class FactSuggester
{
    private static readonly HashSet<string> FormsOfBe = new(["is", "are", "was", "were", "be", "been", "being"], StringComparer.OrdinalIgnoreCase);

    private readonly Vocabulary _vocabulary;
    private readonly NameMatcher _names;
    private readonly Dictionary<string, string> _kinds;

    public FactSuggester(Vocabulary vocabulary, IEnumerable<EntityRecord> entities)
    {
        _vocabulary = vocabulary;
        var known = entities.Where(e => e.Id is not null && e.Kind is not null).ToList();
        _kinds = known.GroupBy(e => e.Id!.Value).ToDictionary(g => g.Key, g => g.First().Kind!.Value, StringComparer.Ordinal);
        _names = new NameMatcher(known.SelectMany(e => e.Aliases.Prepend(e.Name).OfType<Field>()
            .Select(n => (e.Id!.Value, QuoteRules.Normalise(n.Value)))));
    }

    /// <param name="documentPath">The report's file (read line by line, so each suggestion names its line).</param>
    /// <param name="document">The same report as validation indexes it, to check each quote against.</param>
    public IEnumerable<Suggestion> Suggest(string sourceId, string documentPath, SourceDocument document, DateOnly? published)
    {
        var number = 0;
        // The last sentence whose subject was a known entity: "He also termed..." speaks for it (within a context's reach).
        (string EntityId, string Sentence, int WordsAgo)? speaker = null;
        foreach (var line in File.ReadLines(documentPath))
        {
            number++;
            if (line.Trim().Length == 0 && speaker is { } s) speaker = s with { WordsAgo = s.WordsAgo + ContextReach / 4 };
            foreach (var sentence in SentenceSplitter.Split(line))
            {
                var quote = sentence.Trim();
                if (quote.Length == 0) continue;
                var text = QuoteRules.Normalise(quote);
                // "anti-Iran", "pro-Iran": a name inside a compound word describes something else.
                var mentions = _names.FindAll(text).Where(m => m.Start == 0 || text[m.Start - 1] != '-').ToList();
                var carried = speaker is { WordsAgo: <= ContextReach } known ? known : default((string EntityId, string Sentence, int WordsAgo)?);
                var found = new HashSet<(string, string, string)>();
                var cues = _vocabulary.Cues.FindAll(text).Where(c => !mentions.Any(m => m.Start < c.End && c.Start < m.End)).ToList(); // a cue inside a name is no cue
                var negations = _vocabulary.PolarityWords.FindAll(text).Where(p => p.Value.Kind is PolarityKind.Negation or PolarityKind.Refutation).ToList();
                foreach (var cue in cues)
                {
                    // "in no position to accuse", "did not sever": the words deny the cue's claim (a cue that is itself such a word,
                    // a denial's "baseless", is not denied by itself).
                    if (negations.Any(n => n.End <= cue.Start && WordsBetween(text, n.End, cue.Start) <= NegationReach)) continue;
                    foreach (var (subject, obj, reading, fromContext) in Parties(cue, mentions, text, carried?.EntityId))
                    {
                        if (!Allowed(cue.Value.Type, subject, obj) || !found.Add((cue.Value.Type, subject, obj)) || !QuoteRules.Holds(document, quote)) continue;
                        var context = fromContext ? carried!.Value.Sentence : null;
                        if (context is not null && !QuoteRules.Holds(document, context)) continue;
                        yield return new Suggestion(sourceId, cue.Value.Type, subject, obj, quote, number, text[cue.Start..cue.End], reading,
                            SentenceDate.Find(text, published), context);
                    }
                }
                var words = quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                speaker = Speaker(mentions, cues, text) is { } named
                    ? (named, quote, 0)
                    : speaker is { } previous ? previous with { WordsAgo = previous.WordsAgo + words } : null;
            }
        }
    }

    /// <summary>How far back (in words) the sentence lending a subject may end: validation's reach for a context.</summary>
    private const int ContextReach = 100;

    /// <summary>How many words may stand between a name and its cue: a clause, not the next one.</summary>
    private const int PartyReach = 25;

    /// <summary>How many words a negation may stand before the cue it denies ("not directly accuse").</summary>
    private const int NegationReach = 3;

    /// <summary>Who a sentence is about, for the next one's "he": the agent before its first cue, else its first name in its opening third.</summary>
    private static string? Speaker(List<NameMention> mentions, List<PhraseMatch<RelationCue>> cues, string text)
    {
        var subjects = mentions.Where(m => !Prepositions.Contains(PreviousWord(text, m.Start))).ToList();
        if (cues.Count > 0 && subjects.LastOrDefault(m => m.End <= cues[0].Start) is { EntityId: not null } agent) return agent.EntityId;
        return subjects.FirstOrDefault(m => m.Start < text.Length / 3).EntityId;
    }

    private static int WordsBetween(string text, int from, int to) =>
        from >= to ? 0 : text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// The parties around a cue by its voice. Active: the agent is the nearest name before the cue (for a participle after a
    /// comma, "..., accusing", the sentence's first name), or the carried speaker when none; every name after it up to the next
    /// clause is a target. Passive: the reverse. Target first: the nearest name before is the target, an earlier one the agent.
    /// </summary>
    private static IEnumerable<(string Subject, string Object, string Reading, bool FromContext)> Parties(
        PhraseMatch<RelationCue> cue, List<NameMention> mentions, string text, string? speaker)
    {
        // A name after a preposition ("support for Albania", "against Iran") is no one's agent.
        var before = mentions.Where(m => m.End <= cue.Start && WordsBetween(text, m.End, cue.Start) <= PartyReach).ToList();
        var agents = before.Where(m => !Prepositions.Contains(PreviousWord(text, m.Start))).ToList();
        var following = mentions.Where(m => m.Start >= cue.End).ToList();
        var after = Targets(following.Where(m => WordsBetween(text, cue.End, m.Start) <= PartyReach).ToList(), text);
        // "received support from the United States", "accused by Albania": the agent follows the cue after "from" or "by".
        var agentAfter = following.FirstOrDefault(m => PreviousWord(text, m.Start) is "from" or "by" && WordsBetween(text, cue.End, m.Start) <= 3).EntityId;
        var voice = cue.Value.Voice == CueVoice.Active && FormsOfBe.Contains(PreviousWord(text, cue.Start)) ? CueVoice.Passive : cue.Value.Voice;
        // "..., accusing Iran" and "... and severed ties": the verb shares the sentence's subject, its first name.
        var sharesSubject = (text[cue.Start..cue.End].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && PrecededByComma(text, cue.Start))
            || PreviousWord(text, cue.Start).Equals("and", StringComparison.OrdinalIgnoreCase);
        switch (voice)
        {
            case CueVoice.Active:
            {
                // The nearest name that is not also the target ("ordered Iranian officials out ... and severed ties with Tehran").
                var agent = (sharesSubject ? agents.FirstOrDefault() : agents.LastOrDefault(m => !after.Contains(m.EntityId))).EntityId
                    ?? QuotedSpeaker(cue, mentions, text);
                // "Having accused Tehran of ..., Edi Rama terminated ...": an opening participle's agent is the main clause's subject.
                if (agent is null && agents.Count == 0 && OpensWithParticiple(text, cue) && text.IndexOf(',', cue.End) is var comma and >= 0)
                    agent = following.FirstOrDefault(m => m.Start > comma && !Prepositions.Contains(PreviousWord(text, m.Start))).EntityId;
                var fromContext = agent is null && speaker is not null;
                agent ??= speaker;
                if (agent is null) yield break;
                foreach (var target in after.Where(t => t != agent))
                    yield return (agent, target, "active: the name before the cue acts on the names after it", fromContext);
                break;
            }
            case CueVoice.Passive when before.Count > 0 && after.Count > 0 && before[^1].EntityId != after[0]:
                yield return (after[0], before[^1].EntityId, "passive: the name after the cue acts on the name before it", false);
                break;
            case CueVoice.TargetFirst when before.Count > 0:
            {
                var target = before[^1];
                var agent = (agentAfter != target.EntityId ? agentAfter : null)
                    ?? agents.FirstOrDefault(m => m.End <= target.Start && m.EntityId != target.EntityId).EntityId
                    ?? (QuotedSpeaker(cue, mentions, text) is { } quoted && quoted != target.EntityId ? quoted : null);
                var fromContext = agent is null && speaker is not null && speaker != target.EntityId;
                agent ??= fromContext ? speaker : null;
                if (agent is not null)
                    yield return (agent, target.EntityId, "target first: the name just before the cue is its target, an earlier one its agent", fromContext);
                break;
            }
        }
    }

    private static readonly HashSet<string> Prepositions = new(
        ["of", "for", "against", "on", "with", "to", "from", "by", "in", "at", "into", "over", "about", "toward", "towards", "upon"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> ListJoints = new([",", "and", ", and", "or", ", or", "as well as"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The first name after the cue, and the names listed with it ("the United States, Israel and the MKO").</summary>
    private static List<string> Targets(List<NameMention> after, string text)
    {
        var targets = new List<string>();
        for (var i = 0; i < after.Count; i++)
        {
            if (i > 0)
            {
                // "the Mujahedin-e Khalq Organization (MKO) and Israel": a name repeated in brackets continues the list.
                if (targets.Contains(after[i].EntityId)) continue;
                var joint = text[after[i - 1].End..after[i].Start].Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)
                    .Trim().Replace(" the ", " ", StringComparison.OrdinalIgnoreCase);
                if (joint.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) joint = joint[..^4].Trim();
                if (!ListJoints.Contains(joint)) break;
            }
            if (!targets.Contains(after[i].EntityId)) targets.Add(after[i].EntityId);
        }
        return targets;
    }

    private static readonly HashSet<string> SpeechVerbs = new(["said", "says", "stated", "wrote", "told", "added", "tweeted", "declared"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Who speaks a direct quotation holding the cue: "“Iran's cyberattack ...,” Undersecretary Brian Nelson said." The name
    /// just after the closing quotation mark that a verb of speech follows (the evidence check's speaker of reported speech).
    /// </summary>
    private static string? QuotedSpeaker(PhraseMatch<RelationCue> cue, List<NameMention> mentions, string text)
    {
        if (text[..cue.Start].Count(c => c == '"') % 2 == 0 || text.IndexOf('"', cue.End) is not (var closing and >= 0)) return null;
        return mentions.FirstOrDefault(m => m.Start > closing && WordsBetween(text, closing + 1, m.Start) <= 6 && !text[(closing + 1)..m.Start].Contains('"')
            && SpeechVerbs.Contains(NextWord(text, m.End))).EntityId;
    }

    private static string NextWord(string text, int at)
    {
        var start = at;
        while (start < text.Length && !char.IsLetter(text[start])) start++;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[start..end];
    }

    /// <summary>"Having accused ...", "Accusing ...": the cue opens the sentence, or its first clause after an opener such as "On Wednesday,".</summary>
    private static bool OpensWithParticiple(string text, PhraseMatch<RelationCue> cue)
    {
        var start = cue.Start;
        if (PreviousWord(text, start).Equals("having", StringComparison.OrdinalIgnoreCase)) start = text.LastIndexOf("having", start, StringComparison.OrdinalIgnoreCase);
        else if (!text[cue.Start..cue.End].EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        var opener = text[..start].TrimEnd();
        return opener.Length == 0 || (opener.EndsWith(',') && !opener[..^1].Contains(','));
    }

    private static bool PrecededByComma(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] == ',';
    }

    private bool Allowed(string type, string subject, string obj) =>
        _vocabulary.RelationshipTypes.TryGetValue(type, out var relationship) && relationship.EntityField is null
        && _kinds.TryGetValue(subject, out var from) && relationship.FromKinds.Contains(from)
        && _kinds.TryGetValue(obj, out var to) && relationship.ToKinds.Contains(to);

    private static string PreviousWord(string text, int at)
    {
        var end = at;
        while (end > 0 && !char.IsLetter(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end];
    }
}
