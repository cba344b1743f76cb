using GraphBuilder.Schema;
using GraphBuilder.Validation.Evidence;
using static GraphBuilder.Curation.FunctionWords;
using static GraphBuilder.Curation.SentenceWords;

namespace GraphBuilder.Curation;

/// <summary>
/// Who does what to whom around each cue of one sentence, by the cue's voice and the words next to the names: the agent
/// before an active cue and the names listed after it, the reverse for a passive one, the reporter of a target-first one.
/// A party the sentence names only as "he", "it" or "the spokesperson" comes from an earlier sentence of its paragraph:
/// <paramref name="speaker"/> (the last one whose subject was a known entity) or <paramref name="previous"/> (the one just before).
/// </summary>
internal sealed class SentenceReading(
    string text, List<NameMention> mentions, List<PhraseMatch<RelationCue>> cues, List<PhraseMatch<PolarityPhrase>> hedges,
    (string EntityId, string Sentence)? speaker, (string Sentence, List<NameMention> Mentions)? previous)
{
    private readonly SentenceSpeaker _speakers = new(text, mentions, speaker);

    /// <summary>How many words may stand between a name and its cue: a clause, not the next one.</summary>
    private const int PartyReach = 25;

    /// <param name="judgement">The cue is a refutation word ("false", "baseless"): it is the speaker's, whoever stands before it.</param>
    /// <param name="allowed">Whether the vocabulary lets a type join a subject and an object (their kinds).</param>
    public IEnumerable<CueParty> Parties(PhraseMatch<RelationCue> cue, bool judgement, Func<string, string, string, bool> allowed)
    {
        // A name after a preposition ("support for Albania", "against Iran") is no one's agent.
        var before = mentions.Where(m => m.End <= cue.Start && WordsBetween(text, m.End, cue.Start) <= PartyReach).ToList();
        var agents = before.Where(m => !AfterPreposition(m)).ToList();
        var following = mentions.Where(m => m.Start >= cue.End).ToList();
        // "hold Iran accountable", "call for Iran to be held accountable": a name in the cue's wildcard is its target.
        var inside = mentions.Where(m => m.Start > cue.Start && m.End < cue.End).Select(m => m.EntityId);
        var after = inside.Concat(Targets(following.Where(m => WordsBetween(text, cue.End, m.Start) <= PartyReach).ToList(), cue, judgement)).Distinct().ToList();
        // "received support from the United States", "accused by Albania": the agent follows the cue after "from" or "by".
        var agentAfter = following.FirstOrDefault(m => WordBefore(text, m.Start) is "from" or "by" && WordsBetween(text, cue.End, m.Start) <= 3).EntityId;
        var afterBe = FormsOfBe.Contains(PreviousWord(text, cue.Start));
        // "saying the alliance is in no position to ...": a judgement of the name just before "is", by whoever says it.
        if (judgement && afterBe)
        {
            var judged = agents.LastOrDefault(m => WordsBetween(text, m.End, cue.Start) <= 1);
            var (by, from) = _speakers.Of(cue);
            if (judged.EntityId is not null && by is not null && by != judged.EntityId)
                yield return new CueParty(by, judged.EntityId, "judgement: the speaker calls the claim of the name before \"is\" untrue", from);
            yield break;
        }
        var voice = cue.Value.Voice == CueVoice.Active && afterBe ? CueVoice.Passive : cue.Value.Voice;
        switch (voice)
        {
            case CueVoice.Active:
            {
                var (agent, context) = Agent(cue, judgement, agents, after, following);
                if (agent is null) yield break;
                var reading = judgement ? "judgement: the speaker calls the claim of the names after the cue untrue" : "active: the name before the cue acts on the names after it";
                // "Albania and NATO accused Iran": each name listed with the agent acts too.
                foreach (var actor in context is null && !judgement ? ListedWith(agent, cue.Start) : [agent])
                    foreach (var target in after.Where(t => t != actor))
                        yield return new CueParty(actor, target, reading, context);
                // "take in members of the MKO from Iraq", "sought support for Albania from NATO": "from" past the targets names a source.
                if (!judgement && following.FindIndex(m => !after.Contains(m.EntityId)) is var next and > 0 && after.Contains(following[next - 1].EntityId)
                    && WordBefore(text, following[next].Start).Equals("from", StringComparison.OrdinalIgnoreCase) && WordsBetween(text, following[next - 1].End, following[next].Start) <= 2)
                    foreach (var target in after.Where(t => t != following[next].EntityId))
                        yield return new CueParty(following[next].EntityId, target, "source: the name after \"from\", past the targets, did it to them too", null);
                break;
            }
            case CueVoice.Passive when after.Count == 0:
                // "“... Iran to be held accountable ...,” the Council stated": with no agent in its clause, the speaker's.
                if (before.Count > 0 && _speakers.Quoted(cue) is { } speaking && speaking != before[^1].EntityId)
                    yield return new CueParty(speaking, before[^1].EntityId, "passive: the speaker of the quotation acts on the name before the cue", null);
                break;
            case CueVoice.Passive:
                if (before.Count > 0)
                {
                    if (before[^1].EntityId != after[0])
                        yield return new CueParty(after[0], before[^1].EntityId, "passive: the name after the cue acts on the name before it", null);
                }
                // "During the three decades it was based in Iraq": "it" is a name of the sentence before ("... host to the MKO").
                else if (PronounBefore(cue.Start, 3) && previous is { } p
                    && p.Mentions.LastOrDefault(m => m.EntityId != after[0] && allowed(cue.Value.Type, after[0], m.EntityId)) is { EntityId: not null } named)
                    yield return new CueParty(after[0], named.EntityId, "passive: the name after the cue acts on the one the pronoun before it stands for", p.Sentence);
                break;
            case CueVoice.TargetFirst when before.Count > 0:
            {
                var target = Doer(before[^1]);
                // "“Iran's attack ...,” Nelson said": the speaker of a quotation says it, not a name inside it.
                var agent = (agentAfter != target.EntityId ? agentAfter : null)
                    ?? (_speakers.Quoted(cue) is { } quoted && quoted != target.EntityId ? quoted : null);
                // "Tehran was accused of being behind": a passive with no "by" names no one who says so.
                var unsaid = cues.Any(c => c.Start >= target.End && c.End <= cue.Start && c.Value.Type == cue.Value.Type && FormsOfBe.Contains(PreviousWord(text, c.Start)));
                if (!unsaid) agent ??= agents.FirstOrDefault(m => m.End <= target.Start && m.EntityId != target.EntityId).EntityId;
                string? context = null;
                if (agent is null && !unsaid && speaker is { } earlier && earlier.EntityId != target.EntityId) (agent, context) = (earlier.EntityId, earlier.Sentence);
                if (agent is not null)
                    yield return new CueParty(agent, target.EntityId, "target first: the name just before the cue is its target, an earlier one its agent", context);
                break;
            }
        }
    }

    /// <summary>
    /// Who did the act a name after "against" or "on" suffered: "Iran's cyberattack against Albania ... is responsible" is about
    /// Iran, the possessive that owns the act, not Albania. Any other name is itself.
    /// </summary>
    private NameMention Doer(NameMention named)
    {
        if (!(WordBefore(text, named.Start) is var word && (word.Equals("against", StringComparison.OrdinalIgnoreCase) || word.Equals("on", StringComparison.OrdinalIgnoreCase))))
            return named;
        var at = text.LastIndexOf(word, named.Start, StringComparison.Ordinal);
        var owner = mentions.LastOrDefault(m => m.End < at && m.EntityId != named.EntityId);
        return owner.EntityId is not null && text[..owner.End].EndsWith("'s", StringComparison.Ordinal) && WordsBetween(text, owner.End, at) <= 2 ? owner : named;
    }

    /// <summary>
    /// The agent of an active cue that names no party in its clause, and what stands there instead: an act, a cue word of
    /// another type ("rejected the \"baseless accusations\"", "condemning the new sanctions"; for a judgement, the claim it
    /// judges: "allegations leveled against Tehran \"baseless\"", with the name the claim is against); or quoted words after a
    /// preposition, where a party would stand ("blaming it on \"third parties\""). The earlier sentence naming the agent comes
    /// with it when this one does not. Null when the cue is not active, names a target, has neither after it, or has no agent.
    /// </summary>
    public UnnamedTarget? Unnamed(PhraseMatch<RelationCue> cue, bool judgement)
    {
        if (cue.Value.Voice != CueVoice.Active || FormsOfBe.Contains(PreviousWord(text, cue.Start))) return null;
        var clause = ClauseAfter(cue.End);
        if (mentions.Any(m => m.Start >= cue.End && m.Start < clause) || mentions.Any(m => m.Start > cue.Start && m.End < cue.End)) return null;
        var phrase = QuotedPhraseAfter(cue.End, clause);
        var act = judgement
            ? cues.LastOrDefault(c => c.End <= cue.Start && c.Value.Type != cue.Value.Type && WordsBetween(text, c.End, cue.Start) <= ActReach)
            : cues.FirstOrDefault(c => c.Start >= cue.End && c.End <= clause && c.Value.Type != cue.Value.Type && Determiners.Contains(WordsIn(text, cue.End, c.Start).FirstOrDefault() ?? ""));
        if (phrase is null && act.Value is null) return null;
        var before = mentions.Where(m => m.End <= cue.Start && WordsBetween(text, m.End, cue.Start) <= PartyReach && !AfterPreposition(m)).ToList();
        var (agent, context) = Agent(cue, judgement, before, [], mentions.Where(m => m.Start >= cue.End).ToList());
        if (agent is null) return null;
        var against = act.Value is null ? null : mentions.FirstOrDefault(m => m.Start >= act.End && m.End <= cue.Start).EntityId;
        return new UnnamedTarget(agent, context, phrase, act.Value?.Type, against);
    }

    /// <summary>How far before a judgement the claim it judges may end ("allegations leveled against Tehran \"baseless\"").</summary>
    private const int ActReach = 3;

    /// <summary>The agent of an active cue, and the earlier sentence that names it when the sentence leaves it as "he" or "it".</summary>
    private (string? Agent, string? Context) Agent(PhraseMatch<RelationCue> cue, bool judgement, List<NameMention> agents, List<string> after, List<NameMention> following)
    {
        var agent = judgement ? _speakers.Quoted(cue) ?? _speakers.SaidBy() : ActiveAgent(cue, agents, after, following);
        return agent is null && speaker is { } earlier ? (earlier.EntityId, earlier.Sentence) : (agent, null);
    }

    /// <summary>Where the clause that starts at <paramref name="from"/> ends: at a comma, semicolon or colon, or the sentence's end.</summary>
    private int ClauseAfter(int from) => text.IndexOfAny([',', ';', ':'], from) is var end and >= 0 ? end : text.Length;

    /// <summary>"on \"third parties\"": words in quotation marks just after a preposition, up to <paramref name="clause"/>; null when none.</summary>
    private string? QuotedPhraseAfter(int from, int clause)
    {
        var open = text.IndexOf('"', from);
        if (open < 0 || open >= clause || WordsBetween(text, from, open) > 3 || !Prepositions.Contains(PreviousWord(text, open))) return null;
        var close = text.IndexOf('"', open + 1);
        return close < 0 ? null : Phrase(text[(open + 1)..close]);
    }

    /// <summary>
    /// The names listed just after <paramref name="phrase"/> where this sentence quotes it ("identified as \"third parties\" the
    /// United States, Israel and the MKO"): who the words stand for. Empty when the sentence does not quote them.
    /// </summary>
    public List<string> NamedAs(string phrase)
    {
        for (var open = text.IndexOf('"'); open >= 0; open = text.IndexOf('"', open + 1))
        {
            var close = text.IndexOf('"', open + 1);
            if (close < 0) break;
            if (Phrase(text[(open + 1)..close]) == phrase)
            {
                var after = mentions.Where(m => m.Start > close).ToList();
                return after.Count > 0 && WordsBetween(text, close + 1, after[0].Start) <= 3 ? Listed(after) : [];
            }
            open = close;
        }
        return [];
    }

    /// <summary>Quoted words as compared: lower case, without the punctuation a sentence puts at their end.</summary>
    private static string Phrase(string quoted) => quoted.Trim().TrimEnd('.', ',', ';', ':', '!', '?').ToLowerInvariant();

    /// <summary>
    /// The agent of an active cue in the sentence, or null when it names none: the name a "which" or "who" just before the
    /// cue stands for; a possessive just before it ("Prime Minister Rama's call for"); for a pronoun ("while it is host to"),
    /// the sentence's subject; else the nearest name before the cue that is not also its target (for a participle after a
    /// comma or a verb after "and", the sentence's first name); else the speaker of a direct quotation holding the cue; else,
    /// for an opening participle ("Having accused Tehran ..., Edi Rama terminated"), the main clause's subject.
    /// </summary>
    private string? ActiveAgent(PhraseMatch<RelationCue> cue, List<NameMention> agents, List<string> after, List<NameMention> following)
    {
        var at = StartOfVerb(cue.Start);
        if (PreviousWord(text, at) is var pronoun && (pronoun.Equals("which", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("who", StringComparison.OrdinalIgnoreCase)))
            return mentions.LastOrDefault(m => m.End <= at).EntityId;
        if (mentions.LastOrDefault(m => m.End <= cue.Start) is { EntityId: not null } owner && WordsBetween(text, owner.End, cue.Start) == 0 && text[..owner.End].EndsWith("'s", StringComparison.Ordinal))
            return owner.EntityId;
        if (PronounBefore(cue.Start, 2)) return agents.FirstOrDefault().EntityId;
        // "..., accusing Iran" and "... and severed ties": the verb shares the sentence's subject, its first name.
        var sharesSubject = (text[cue.Start..cue.End].EndsWith("ing", StringComparison.OrdinalIgnoreCase) && PrecededByComma(text, cue.Start))
            || PreviousWord(text, cue.Start).Equals("and", StringComparison.OrdinalIgnoreCase);
        // The nearest name that is not also the target ("ordered Iranian officials out ... and severed ties with Tehran").
        var agent = (sharesSubject ? agents.FirstOrDefault() : agents.LastOrDefault(m => !after.Contains(m.EntityId))).EntityId
            ?? InterruptedSubject(cue.Start) ?? _speakers.Quoted(cue);
        if (agent is null && agents.Count == 0 && OpensWithParticiple(cue) && text.IndexOf(',', cue.End) is var comma and >= 0)
            agent = following.FirstOrDefault(m => m.Start > comma && !AfterPreposition(m)).EntityId;
        return agent;
    }

    /// <summary>
    /// "The US and the UK, that had previously remained silent ..., lack any legitimacy to level such accusations": a name
    /// whose verb comes after a clause set off by ", that", ", which" or ", who" is the subject of the cue after that clause.
    /// </summary>
    private string? InterruptedSubject(int cueStart) => Interrupted(cueStart) is { } found ? mentions[found.Mention].EntityId : null;

    /// <summary>
    /// The quote for an interrupted subject, as parts of the sentence to join with a gap: the subject (and the names listed
    /// with it) and the cue's clause, leaving out the clause between, whose names are not the cue's ("The US and the UK ...
    /// lack any legitimacy to level such accusations against Iran."). Null when the agent is not such a subject.
    /// </summary>
    public (int Start, int End)[]? GappedQuote(string agent, int cueStart)
    {
        if (Interrupted(cueStart) is not { } found) return null;
        var first = found.Mention;
        while (first > 0 && IsListJoint(mentions[first - 1].End, mentions[first].Start)) first--;
        if (!mentions[first..(found.Mention + 1)].Any(m => m.EntityId == agent)) return null;
        var start = mentions[first].Start;
        if (Articles.Contains(PreviousWord(text, start))) start = text.LastIndexOf(PreviousWord(text, start), start - 1, StringComparison.Ordinal);
        // Validation wants two words on each side of a gap: "Albania, that ... now makes accusations".
        var end = mentions[found.Mention].End;
        if (!text[start..end].Contains(' ')) end = text.IndexOf(' ', text.IndexOf(' ', end) + 1) is var next and > 0 ? next : end;
        return [(start, end), (found.Resume, text.Length)];
    }

    /// <summary>The mention that opens an interrupting clause before the cue, and where the clause after it starts.</summary>
    private (int Mention, int Resume)? Interrupted(int cueStart)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.End > cueStart || AfterPreposition(m)) continue;
            var rest = text[m.End..cueStart].TrimStart();
            if (rest.StartsWith(',') && rest[1..].TrimStart().Split(' ')[0] is "that" or "which" or "who" && rest.IndexOf(',', 1) > 0)
                return (i, text.LastIndexOf(',', cueStart - 1) + 1);
        }
        return null;
    }

    /// <summary>The agent and the names listed with it before the cue ("Albania and NATO", "the US, the UK and Israel").</summary>
    private List<string> ListedWith(string agent, int cueStart)
    {
        var at = mentions.FindLastIndex(m => m.EntityId == agent && m.End <= cueStart);
        if (at < 0) return [agent];
        var (first, last) = (at, at);
        while (first > 0 && IsListJoint(mentions[first - 1].End, mentions[first].Start)) first--;
        // "At the request of the United States and the United Nations, Albania agreed to": a list a preposition governs is not the agent's.
        if (first < at && AfterPreposition(mentions[first])) first = at;
        while (last + 1 < mentions.Count && mentions[last + 1].End <= cueStart && IsListJoint(mentions[last].End, mentions[last + 1].Start)) last++;
        return mentions[first..(last + 1)].Select(m => m.EntityId).Distinct().ToList();
    }

    /// <summary>Whether the words between two names join them in a list: "and", a comma, "or", "as well as" (an article and brackets aside).</summary>
    private bool IsListJoint(int from, int to)
    {
        var joint = text[from..to].Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)
            .Trim().Replace(" the ", " ", StringComparison.OrdinalIgnoreCase);
        if (joint.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) joint = joint[..^4].Trim();
        return ListJoints.Contains(joint);
    }

    /// <summary>Who the sentence is about, for the next one's "he": the agent before its first cue, else its first name that follows no preposition.</summary>
    public string? Subject()
    {
        var subjects = mentions.Where(m => !AfterPreposition(m)).ToList();
        if (cues.Count > 0 && subjects.LastOrDefault(m => m.End <= cues[0].Start) is { EntityId: not null } agent) return agent.EntityId;
        return subjects.FirstOrDefault().EntityId;
    }

    /// <summary>
    /// The first name after the cue in its clause, and the names listed with it ("the United States, Israel and the MKO").
    /// None when a comma, a "who" or "which", a hedge or a cue of another type comes first: the name is another clause's or
    /// another claim's ("support for those who have waged cyber-attacks against Iran", "denounced the alleged cyberattack
    /// against Albania"); but a judgement's target is the claim's ("the false accusation of the Albanian government").
    /// </summary>
    private List<string> Targets(List<NameMention> after, PhraseMatch<RelationCue> cue, bool judgement)
    {
        var targets = new List<string>();
        if (after.Count > 0 && (text[cue.End..after[0].Start].IndexOfAny([',', ';', ':']) >= 0
            || WordsIn(text, cue.End, after[0].Start).Any(w => w is "who" or "which")
            || (!judgement && (cues.Any(c => c.Start >= cue.End && c.End <= after[0].Start && c.Value.Type != cue.Value.Type)
                || hedges.Any(h => h.Start >= cue.End && h.End <= after[0].Start))))) return targets;
        return Listed(after);
    }

    /// <summary>The first of <paramref name="after"/> and the names listed with it ("the United States, Israel and the MKO").</summary>
    private List<string> Listed(List<NameMention> after)
    {
        var targets = new List<string>();
        for (var i = 0; i < after.Count; i++)
        {
            if (i > 0)
            {
                // "the Mujahedin-e Khalq Organization (MKO) and Israel": a name repeated in brackets continues the list.
                if (targets.Contains(after[i].EntityId)) continue;
                if (!IsListJoint(after[i - 1].End, after[i].Start)) break;
            }
            if (!targets.Contains(after[i].EntityId)) targets.Add(after[i].EntityId);
        }
        return targets;
    }

    /// <summary>
    /// A counter-charge: whoever says the agent of a cue has no standing to do it ("the alliance is in no position to accuse
    /// Tehran", "“The US and the UK ... lack any legitimacy to level such accusations”") charges that agent in turn. Yields the
    /// speaker acting on each agent the cue reads, with the earlier sentence naming the speaker when this one says "it".
    /// </summary>
    /// <param name="denial">Where the denial of standing ("in no position", "lack", "no") stands before the cue.</param>
    public IEnumerable<CueParty> Countered(PhraseMatch<RelationCue> cue, PhraseMatch<PolarityPhrase> denial, Func<string, string, string, bool> allowed)
    {
        if (!StandingDenials.Contains(text[denial.Start..denial.End]) || WordsBetween(text, denial.End, cue.Start) > StandingReach
            || !WordsIn(text, denial.End, cue.Start).Contains("to") || text.IndexOfAny([',', ';', ':'], denial.End, cue.Start - denial.End) >= 0) yield break;
        var (who, context) = _speakers.Of(cue);
        if (who is null) yield break;
        foreach (var agent in Parties(cue, false, allowed).Where(p => p.Context is null && p.Subject != who).Select(p => p.Subject).Distinct())
            yield return new CueParty(who, agent, "counter-charge: the speaker says the cue's agent has no standing to do it", context);
    }

    /// <summary>How many words a denial of standing may stand before its cue ("lack any legitimacy to level such accusations").</summary>
    private const int StandingReach = 6;

    /// <summary>Whether "it", "he", "she" or "they" stands within a few words before <paramref name="at"/>, auxiliaries aside.</summary>
    private bool PronounBefore(int at, int reach)
    {
        for (var n = 0; n <= reach; n++)
        {
            var word = PreviousWord(text, at);
            if (Pronouns.Contains(word)) return true;
            if (!Auxiliaries.Contains(word)) return false;
            at = text.LastIndexOf(word, at - 1, StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>Where the verb group ending at <paramref name="at"/> starts: before "has", "was", "also" ("which has been ...").</summary>
    private int StartOfVerb(int at)
    {
        while (PreviousWord(text, at) is { Length: > 0 } word && Auxiliaries.Contains(word)) at = text.LastIndexOf(word, at - 1, StringComparison.Ordinal);
        return at;
    }

    /// <summary>"Having accused ...", "Accusing ...": the cue opens the sentence, or its first clause after an opener such as "On Wednesday,".</summary>
    private bool OpensWithParticiple(PhraseMatch<RelationCue> cue)
    {
        var start = cue.Start;
        if (PreviousWord(text, start).Equals("having", StringComparison.OrdinalIgnoreCase)) start = text.LastIndexOf("having", start, StringComparison.OrdinalIgnoreCase);
        else if (!text[cue.Start..cue.End].EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        var opener = text[..start].TrimEnd();
        // "On Wednesday, having accused", "In addition to condemning", "After accusing": a phrase with no name of its own
        // (but "Instead of accusing" says the subject did not).
        return opener.Length == 0 || (opener.EndsWith(',') && !opener[..^1].Contains(','))
            || (!opener.Contains(',') && !NegatingOpeners.Any(n => opener.EndsWith(n, StringComparison.OrdinalIgnoreCase))
                && (Prepositions.Contains(PreviousWord(text, start)) || Subordinators.Contains(PreviousWord(text, start))));
    }

    private bool AfterPreposition(NameMention m) => Prepositions.Contains(WordBefore(text, m.Start));
}
