using GraphBuilder.Facts;
using GraphBuilder.Schema;
using GraphBuilder.Validation;
using GraphBuilder.Validation.Evidence;

namespace GraphBuilder.Curation;

/// <summary>
/// Reads a report sentence by sentence and proposes the facts it states: a sentence that names two known entities (names
/// and aliases, longest match: the evidence check's <see cref="NameMatcher"/>) and carries a relation cue of the vocabulary
/// (<see cref="Vocabulary.Cues"/>) gives the cue's type, its parties read by the cue's voice, a date when the sentence has
/// one (<see cref="SentenceDate"/>), and the sentence as the quote when it passes validation's quote rules. A cue whose
/// clause names no target takes one an earlier sentence lends (<see cref="TargetMemory"/>); a cue whose agent is said to have
/// no standing to do it gives the speaker's counter-charge (<see cref="SentenceReading.Countered"/>).
/// A tool for the curator: it proposes, it never decides.
/// </summary>
internal sealed class FactSuggester
{
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
        // What earlier sentences lend one that names a party only as "he", "the spokesperson" or "it": the last sentence whose
        // subject was a known entity (its speaker), and the sentence just before (its names). Validation takes a context only
        // from the quote's paragraph, so both are forgotten at a blank line (where a paragraph ends).
        (string EntityId, string Sentence, int WordsAgo)? speaker = null;
        (string Sentence, List<NameMention> Mentions)? previous = null;
        var memory = new TargetMemory(ContextReach);
        foreach (var line in File.ReadLines(documentPath))
        {
            number++;
            if (line.Trim().Length == 0) (speaker, previous) = (null, null);
            foreach (var sentence in SentenceSplitter.Split(line))
            {
                var quote = sentence.Trim();
                if (quote.Length == 0) continue;
                var text = QuoteRules.Normalise(quote);
                // "anti-Iran", "pro-Iran": a name inside a compound word describes something else.
                var mentions = _names.FindAll(text).Where(m => m.Start == 0 || text[m.Start - 1] != '-').ToList();
                var carried = speaker is { WordsAgo: <= ContextReach } known ? (known.EntityId, known.Sentence) : default((string, string)?);
                var found = new HashSet<(string, string, string)>();
                var polarity = _vocabulary.PolarityWords.FindAll(text);
                // A cue inside a name is no cue (a name inside a cue's wildcard is its target: "hold Iran accountable").
                var cues = _vocabulary.Cues.FindAll(text)
                    .Where(c => !mentions.Any(m => m.Start < c.End && c.Start < m.End && (m.Start <= c.Start || m.End >= c.End))).ToList();
                var negations = polarity.Where(p => p.Value.Kind is PolarityKind.Negation or PolarityKind.Denial or PolarityKind.Refutation).ToList();
                var sentenceReading = new SentenceReading(text, mentions, cues, polarity.Where(p => p.Value.Kind == PolarityKind.Hedge).ToList(), carried, previous);
                Suggestion? Candidate(string type, string subject, string obj, string cue, string reading, string? context)
                {
                    if (subject == obj || !Allowed(type, subject, obj) || !found.Add((type, subject, obj)) || !QuoteRules.Holds(document, quote)) return null;
                    if (context is not null && !QuoteRules.Holds(document, context)) return null;
                    return new Suggestion(sourceId, type, subject, obj, quote, number, cue, reading, SentenceDate.Find(text, published), context);
                }
                foreach (var waiting in memory.Waiting)
                    foreach (var target in sentenceReading.NamedAs(waiting.Unnamed.Phrase!))
                        if (Candidate(waiting.Type, waiting.Unnamed.Agent, target, waiting.Cue, "unnamed target: the quoted words after the cue, named by a later sentence", waiting.Unnamed.Context) is { } resolved)
                            yield return resolved;
                var kept = new List<(string Type, CueParty Party)>();
                var unnamed = new List<(PhraseMatch<RelationCue> Cue, UnnamedTarget Target)>();
                // A hedge ("the alleged cyberattack") reports a claim, it makes none (but it still holds its own target).
                // One reading per word, as validation reads a quote: the longest cue of a type found there ("support from", not "support").
                foreach (var cue in cues.Where(c => !Is(polarity, c, PolarityKind.Hedge)
                    && !cues.Any(o => o.Start == c.Start && o.Value.Type == c.Value.Type && o.End > c.End)))
                {
                    // "X is in no position to accuse Y": X's claim is denied, and the one who says so charges X.
                    foreach (var denial in negations.Where(n => n.End <= cue.Start))
                        foreach (var party in sentenceReading.Countered(cue, denial, Allowed))
                            if (Candidate(cue.Value.Type, party.Subject, party.Object, text[cue.Start..cue.End], party.Reading, party.Context) is { } countered)
                                yield return countered;
                    // "in no position to accuse", "did not sever": the words deny the cue's claim (a cue that is itself such a word,
                    // a denial's "rejected", is not denied by itself).
                    // Not past a comma that ends its clause: in "termed the allegations \"baseless\", blaming it on ..." the refutation
                    // is the allegations'; but past an aside ("did not, however, accuse").
                    if (negations.Any(n => n.End <= cue.Start && WordsBetween(text, n.End, cue.Start) <= NegationReach
                        && text[n.End..cue.Start].Count(c => c is ',' or ';') % 2 == 0)) continue;
                    // "allegations leveled against Tehran \"baseless\"": a refutation just after a claim calls it untrue (unless it
                    // is a cue of the claim's own type: "rejected the baseless allegations", as validation reads a quote's own cues).
                    if (polarity.Any(p => p.Value.Kind == PolarityKind.Refutation && p.Start >= cue.End && WordsBetween(text, cue.End, p.Start) <= NegationReach
                        && !cues.Any(c => c.Start == p.Start && c.Value.Type == cue.Value.Type))) continue;
                    // "the false accusation", "baseless": a refutation is the judgement of whoever speaks, not of the name before it.
                    var judgement = Is(polarity, cue, PolarityKind.Refutation);
                    var parties = sentenceReading.Parties(cue, judgement, Allowed).ToList();
                    if (parties.Count == 0 && sentenceReading.Unnamed(cue, judgement) is { } target) unnamed.Add((cue, target));
                    foreach (var party in parties)
                    {
                        if (Candidate(cue.Value.Type, party.Subject, party.Object, text[cue.Start..cue.End], party.Reading, party.Context) is not { } candidate) continue;
                        kept.Add((cue.Value.Type, party));
                        yield return candidate with { Narrower = Narrower(quote, text, mentions, party.Subject, cue, party.Context, sentenceReading) };
                    }
                }
                foreach (var (cue, target) in unnamed)
                {
                    var said = text[cue.Start..cue.End];
                    // "blaming it on \"third parties\"": a later sentence may say who they are.
                    if (target.Phrase is not null)
                    {
                        memory.Wait(cue.Value.Type, said, target with { Context = target.Context ?? quote });
                        continue;
                    }
                    if (memory.Lend(target) is not (var targets, var from, var reading)) continue;
                    foreach (var other in targets)
                    {
                        // One context only: the sentence that names the target, unless the quote does (then the agent's, if any).
                        var context = mentions.Any(m => m.EntityId == other) ? target.Context : from;
                        if (target.Context is not null && context != target.Context) continue;
                        if (Candidate(cue.Value.Type, target.Agent, other, said, reading, context) is { } candidate) yield return candidate;
                    }
                }
                var words = quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                memory.Read(quote, words, kept);
                speaker = sentenceReading.Subject() is { } named
                    ? (named, quote, 0)
                    : speaker is { } earlier ? earlier with { WordsAgo = earlier.WordsAgo + words } : null;
                previous = mentions.Count > 0 ? (quote, mentions) : previous;
            }
        }
    }

    private static bool Is(List<PhraseMatch<PolarityPhrase>> polarity, PhraseMatch<RelationCue> cue, PolarityKind kind) =>
        polarity.Any(p => p.Value.Kind == kind && p.Start == cue.Start && p.End == cue.End);

    /// <summary>
    /// Tighter quotes to try when the sentence fails validation: from the subject's name before the cue to the sentence's
    /// end ("U.S. sanctions imposed this week on ..." out of "Iran has strongly condemned U.S. sanctions imposed ..."), so
    /// words before the agent cannot be read as it; for a subject a clause interrupts, the subject and the cue's clause with
    /// a gap between (<see cref="SentenceReading.GappedQuote"/>). Cut from the sentence as written, word for word.
    /// </summary>
    private static IReadOnlyList<string> Narrower(string quote, string text, List<NameMention> mentions, string subject, PhraseMatch<RelationCue> cue, string? context, SentenceReading reading)
    {
        if (context is not null) return [];
        var words = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // The quote's words from the one holding `from` up to the one holding `to - 1` ("“America's": the quotation mark stays).
        string Words(int from, int to)
        {
            while (from < to && text[from] == ' ') from++;
            return string.Join(' ', words[WordIndex(text, from)..(WordIndex(text, to - 1) + 1)]);
        }
        if (reading.GappedQuote(subject, cue.Start) is { } parts)
            return [string.Join(" ... ", parts.Select(p => Words(p.Start, p.End)))];
        return mentions.LastOrDefault(m => m.EntityId == subject && m.End <= cue.Start) is { Start: > 0 } agent ? [Words(agent.Start, text.Length)] : [];
    }

    /// <summary>Which word of the text (counting runs between spaces) holds the character at <paramref name="at"/>.</summary>
    private static int WordIndex(string text, int at) => text.AsSpan(0, at).Count(' ');

    /// <summary>How far back (in words) the sentence lending a subject may end: validation's reach for a context.</summary>
    private const int ContextReach = 100;

    /// <summary>How many words a negation may stand before the cue it denies ("not directly accuse").</summary>
    private const int NegationReach = 3;

    private static int WordsBetween(string text, int from, int to) => SentenceWords.WordsBetween(text, from, to);

    private bool Allowed(string type, string subject, string obj) =>
        _vocabulary.RelationshipTypes.TryGetValue(type, out var relationship) && relationship.EntityField is null
        && _kinds.TryGetValue(subject, out var from) && relationship.FromKinds.Contains(from)
        && _kinds.TryGetValue(obj, out var to) && relationship.ToKinds.Contains(to);
}
