using System.Runtime.CompilerServices;
using GraphBuilder.Facts;
using GraphBuilder.Schema;

namespace GraphBuilder.Validation.Evidence;

/// <summary>
/// Checks that a fact's quote (found in its document) says what the fact claims, by the words:
/// it names both parties itself (or a gapless context just before it names the missing one),
/// has a cue of the fact's type that reads with the subject as agent and the object as target,
/// has no polarity word just outside it or in its gaps, and is not a question. Adds a flag per
/// rule broken. One per worker thread (not thread-safe); its lists are reused from citation to
/// citation, so a citation that passes builds nothing.
/// </summary>
internal sealed class EvidenceCheck(Vocabulary vocabulary, NameMatcher names)
{
    // Words just outside a quote that can still turn it around: "did not", "denied that",
    // "rejected the claim that" before it; "is baseless" after it.
    private const int WordsBefore = 4;
    private const int WordsAfter = 3;

    // Parts of a quote tracked for gap checks; rarer, longer quotes are checked as one span.
    private const int MaxParts = 16;

    private readonly List<NameMention> _mentions = [];
    private readonly List<NameMention> _contextMentions = [];
    private readonly List<PhraseMatch<RelationCue>> _cues = [];
    private readonly List<PhraseMatch<RelationCue>> _ownCues = [];
    private readonly List<PhraseMatch<PolarityPhrase>> _polarity = [];
    private readonly List<PhraseMatch<PolarityPhrase>> _attributions = [];

    /// <summary>The evidence a citation gives; the quote and the context (when given) hold in <see cref="Document"/>.</summary>
    public readonly record struct Cited(SourceDocument Document, string Quote, QuoteSpan Span, string? Context, QuoteSpan? ContextSpan)
    {
        /// <summary>The document lines holding the report's body (the source's <c>body:</c>), when marked.</summary>
        public (int First, int Last)? Body { get; init; }
    }

    /// <summary>The fact a citation is for; parties are null when unresolved.</summary>
    public readonly record struct Claim(RelationshipType? Type, string? SubjectId, IReadOnlyList<string> SubjectNames, string? ObjectId, IReadOnlyList<string> ObjectNames)
    {
        /// <summary>The years the fact's date or range covers, when dated.</summary>
        public (int First, int Last)? Years { get; init; }
    }

    [MethodImpl(HotPath.Options)]
    public void Check(in Cited cited, in Claim claim, List<EvidenceFlag> flags)
    {
        var document = cited.Document;
        var text = document.Text;
        var normal = QuoteText.IsNormal(cited.Quote) ? cited.Quote : QuoteText.Normalise(cited.Quote);
        Span<(int Start, int End)> parts = stackalloc (int, int)[MaxParts];
        parts = parts[..LocateParts(text, normal, cited.Span, parts)];
        var sentence = SupportCheck.Sentences(document, cited.Span);

        _mentions.Clear();
        foreach (var (start, end) in parts) names.FindAll(text, start, end, _mentions);
        _contextMentions.Clear();
        if (cited is { Context: { } context, ContextSpan: { } contextSpan } && ContextProblem(document, context, contextSpan, cited.Span) is { } problem)
            flags.Add(problem);
        else if (cited.ContextSpan is { } usable) names.FindAll(text, usable.Start, usable.End, _contextMentions);

        var subjectInQuote = Names(_mentions, claim.SubjectId);
        var objectInQuote = Names(_mentions, claim.ObjectId);
        var subjectNamed = subjectInQuote || Names(_contextMentions, claim.SubjectId);
        var objectNamed = objectInQuote || Names(_contextMentions, claim.ObjectId);
        if (claim.SubjectId is { } s && !subjectNamed) flags.Add(Unnamed("subject", s, claim.SubjectNames));
        if (claim.ObjectId is { } o && !objectNamed) flags.Add(Unnamed("object", o, claim.ObjectNames));

        if (claim.Type is { Cues.Count: > 0 } type)
        {
            _cues.Clear();
            foreach (var (start, end) in parts) vocabulary.Cues.FindAll(text, start, end, _cues);
            // Kept in place without a predicate: a closure over the type would be built per citation.
            var kept = 0;
            for (var i = 0; i < _cues.Count; i++)
                if (_cues[i].Value.Type == type.Name) _cues[kept++] = _cues[i];
            _cues.RemoveRange(kept, _cues.Count - kept);
            if (_cues.Count == 0) flags.Add(NoCue(type));
            else if (subjectNamed && objectNamed && Misread(text, parts, sentence, claim, subjectInQuote, objectInQuote) is { } reading)
                flags.Add(new EvidenceFlag(EvidenceRule.Direction,
                    $"quote reads as: {reading}, not {claim.SubjectId} {type.Name} {claim.ObjectId}",
                    "cite a passage where the subject does it to the object, or swap subject and object"));
        }

        if (Polarity(text, normal, parts, sentence, claim.Type) is { } polarity) flags.Add(polarity);
        if (cited.Body is var (first, last) && document.Layout.LineOf(cited.Span.Start) is var line && (line < first || line > last))
            flags.Add(new EvidenceFlag(EvidenceRule.Body, $"quote is from line {line}, outside the report's body (lines {first}-{last})",
                "cite the report's body, not its headline, links or page furniture"));
        if (claim.Years is var (from, to) && OtherYear(text, parts, from, to) is { } year)
            flags.Add(new EvidenceFlag(EvidenceRule.Year, $"quote names the year {year}, the fact is dated {Years(from, to)}",
                "check the fact's date against the passage, or cite the passage about that date"));
        if (IsQuestion(text, sentence))
            flags.Add(new EvidenceFlag(EvidenceRule.Question, "quote is from a question, not an assertion",
                "cite a sentence that asserts the claim"));
    }

    /// <summary>Where each part of the quote lies (a quote copying the document's own "..." is one part); returns how many.</summary>
    private static int LocateParts(string text, string normal, QuoteSpan span, Span<(int Start, int End)> parts)
    {
        var whole = text.AsSpan(span.Start, span.End - span.Start);
        if (!normal.Contains(QuoteText.Gap, StringComparison.Ordinal) || whole.SequenceEqual(normal.AsSpan().Trim()))
        {
            parts[0] = (span.Start, span.End);
            return 1;
        }
        if (normal.AsSpan().Count(QuoteText.Gap) + 1 > MaxParts)
        {
            parts[0] = (span.Start, span.End);
            return 1;
        }
        Span<Range> ranges = stackalloc Range[MaxParts];
        var count = QuoteMatcher.Split(normal, ranges);
        if (count == 0)
        {
            parts[0] = (span.Start, span.End);
            return 1;
        }
        var from = span.Start;
        for (var k = 0; k < count; k++)
        {
            var part = normal.AsSpan()[ranges[k]];
            var at = text.AsSpan(from, span.End - from).IndexOf(part, StringComparison.Ordinal);
            while (at >= 0 && (Words.InsideWord(text, from + at) || Words.InsideWord(text, from + at + part.Length)))
            {
                var next = text.AsSpan(from + at + 1, span.End - from - at - 1).IndexOf(part, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + 1 + next;
            }
            if (at < 0) break;
            parts[k] = (from + at, from + at + part.Length);
            from = parts[k].End;
            if (k == count - 1) return count;
        }
        parts[0] = (span.Start, span.End);
        return 1;
    }

    private static EvidenceFlag? ContextProblem(SourceDocument document, string context, QuoteSpan contextSpan, QuoteSpan quote)
    {
        var layout = document.Layout;
        string? why = null;
        if (context.Contains(QuoteText.Gap, StringComparison.Ordinal) || context.Contains('\u2026')) why = "has a gap";
        else if (layout.ParagraphOf(contextSpan.Start) != layout.ParagraphOf(quote.Start)) why = "is not from the quote's paragraph";
        else if (contextSpan.End > quote.Start) why = "does not come before the quote";
        return why is null ? null : new EvidenceFlag(EvidenceRule.Context,
            $"context {why} (context at line {layout.LineOf(contextSpan.Start)}, quote at line {layout.LineOf(quote.Start)})",
            "a context is copied without gaps from the quote's paragraph, before the quote, and names the party the quote leaves unnamed");
    }

    [MethodImpl(HotPath.Options)]
    private static bool Names(List<NameMention> mentions, string? entityId)
    {
        if (entityId is null) return false;
        foreach (var mention in mentions)
            if (mention.EntityId == entityId) return true;
        return false;
    }

    private static EvidenceFlag Unnamed(string role, string id, IReadOnlyList<string> names) => new(EvidenceRule.Names,
        $"quote does not name the {role} '{id}' ({string.Join(", ", names.Select(n => $"\"{n}\""))})",
        "quote the words that name it, add an alias the document uses, or add a 'context:' quote just before it, in its paragraph, that names it");

    private static EvidenceFlag NoCue(RelationshipType type) => new(EvidenceRule.Cue,
        $"quote has no word for {type.Name} ({string.Join(", ", type.Cues.Select(c => c.Phrase.Text).Distinct().Take(6))}, ...)",
        $"quote the words that say it, or add the document's word to {type.Name}'s cues in schema/vocabulary.yaml");

    /// <summary>
    /// Null when some cue reads with the claim: its agent is the subject (or one of a pair joined by
    /// "and": "the US and the UK"), and the object stands on the target's side of it (or nobody is
    /// named there: "accusing them"). Otherwise how the first cue reads ("iran ACCUSES albania").
    /// An agent the quote leaves unnamed is its speaker ("..., the Council stated"), or else the
    /// subject when only a context names it; a passive cue with no agent reads as "?".
    /// </summary>
    [MethodImpl(HotPath.Options)]
    private string? Misread(string text, ReadOnlySpan<(int Start, int End)> parts, QuoteSpan sentence, in Claim claim, bool subjectInQuote, bool objectInQuote)
    {
        _attributions.Clear();
        foreach (var (start, end) in parts) vocabulary.PolarityWords.FindAll(text, start, end, _attributions);
        _attributions.RemoveAll(a => a.Value.Kind != PolarityKind.Attribution);
        var speaker = Speaker(text);
        var previous = -1;
        string? first = null;
        foreach (var cue in _cues)
        {
            // One reading per word: the longest cue found there ("accused by" before "accused").
            if (cue.Start == previous) continue;
            previous = cue.Start;
            var (agent, targetSide, shown) = Read(text, cue, sentence);
            var agentId = agent is { } a ? _mentions[a].EntityId : speaker ?? (subjectInQuote ? null : claim.SubjectId);
            var agentIsSubject = agent is { } index ? Joined(text, index, cue.Start, claim.SubjectId!) : agentId == claim.SubjectId;
            // Reported speech: its speaker may be the agent too ("..., Rama said", "“... the false accusation ...,” Kanani said").
            agentIsSubject |= speaker is not null && speaker == claim.SubjectId;
            // A party only a context names is referred to in the quote by a pronoun or title: any target reads as it.
            var objectThere = !objectInQuote || NamesIn(targetSide, claim.ObjectId!, out var anyThere) || !anyThere;
            if (agentIsSubject && objectThere) return null;
            first ??= $"{agentId ?? "?"} {claim.Type!.Name} {shown ?? "?"}";
        }
        return first;
    }

    // True when the mention at `index`, or one joined to it before the cue by "and", a comma or a
    // title ("the US and the UK", "Iranian Foreign Ministry spokesperson Nasser Kanaani"), names the entity.
    [MethodImpl(HotPath.Options)]
    private bool Joined(string text, int index, int cueStart, string entityId)
    {
        for (var i = index; i < _mentions.Count; i++)
        {
            if (_mentions[i].EntityId == entityId) return true;
            if (i + 1 == _mentions.Count || (_mentions[i].End <= cueStart && _mentions[i + 1].Start >= cueStart)) return false;
            var between = text.AsSpan(_mentions[i].End, Math.Max(0, _mentions[i + 1].Start - _mentions[i].End)).Trim();
            if (!(between is "and" or "," or "and the" or ", the" or "or" or "and its")
                && (between.IndexOfAny(".,;:\"") >= 0 || Words.Count(between) > 2 || HasVerb(text, _mentions[i].End, _mentions[i + 1].Start))) return false;
        }
        return false;
    }

    // A title between two names ("spokesperson") joins them; a cue or attribution word ("accused", "said") does not.
    private bool HasVerb(string text, int start, int end)
    {
        _ownCues.Clear();
        vocabulary.Cues.FindAll(text, start, end, _ownCues);
        if (_ownCues.Count > 0) return true;
        foreach (var said in _attributions)
            if (said.Start >= start && said.End <= end) return true;
        return false;
    }

    // Whether a mention in the range names the entity, and whether any mention lies there at all.
    private bool NamesIn((int Start, int End) range, string entityId, out bool any)
    {
        any = false;
        foreach (var mention in _mentions)
        {
            if (mention.Start < range.Start || mention.End > range.End) continue;
            any = true;
            if (mention.EntityId == entityId) return true;
        }
        return false;
    }

    /// <summary>
    /// A cue's agent (a mention index, null when the quote names none in its place), the range where
    /// its target stands by its voice, and the target shown in messages (the nearest mention there).
    /// </summary>
    private (int? Agent, (int Start, int End) TargetSide, string? Shown) Read(string text, PhraseMatch<RelationCue> cue, QuoteSpan sentence)
    {
        var voice = cue.Value.Voice;
        if (voice == CueVoice.Active && AfterBe(text, cue.Start)) voice = CueVoice.Passive;
        switch (voice)
        {
            case CueVoice.Active:
                // A wildcard holds the target ("hold Iran accountable"); the target stands in the cue's clause.
                var target = FirstMention(cue.Start, int.MaxValue);
                return (ActiveAgent(text, cue.Start), (cue.Start, ClauseEnd(text, cue.End, sentence.End)), target is { } t ? _mentions[t].EntityId : null);
            case CueVoice.Passive:
                var by = EndsWithPreposition(cue.Value.Phrase) ? cue.End : ByAfter(text, cue.Start, sentence.End);
                var before = LastMention(cue.Start);
                return (by < 0 ? null : FirstMention(by, int.MaxValue), (0, cue.Start), before is { } b ? _mentions[b].EntityId : null);
            default:
                var reported = LastMention(cue.Start);
                return (reported is { } r ? ReporterOf(text, r) : null, Around(reported), reported is { } shown ? _mentions[shown].EntityId : null);
        }
    }

    // The target side of a cue whose target comes first: the nearest mention before it (an empty range when none).
    private (int Start, int End) Around(int? mention) => mention is { } m ? (_mentions[m].Start, _mentions[m].End) : (0, 0);

    /// <summary>Who reports what a target-first cue says ("A says B was behind it"): the first mention, when "that", a cue or an attribution word links it to the target.</summary>
    private int? ReporterOf(string text, int target)
    {
        if (target == 0) return null;
        var (from, to) = (_mentions[0].End, _mentions[target].Start);
        foreach (var cue in _cues)
            if (cue.Start >= from && cue.End <= to && cue.Value.Voice == CueVoice.Active) return 0;
        foreach (var said in _attributions)
            if (said.Start >= from && said.End <= to) return 0;
        for (var i = from; Words.Next(text.AsSpan(0, to), ref i, out var start);)
            if (text.AsSpan(start, i - start).Equals("that", StringComparison.OrdinalIgnoreCase)) return 0;
        return null;
    }

    /// <summary>
    /// The agent of an active cue: the first mention of its clause before it (after the last comma
    /// or "that" that has one); after "which"/"who", the mention the pronoun stands for; else the
    /// quote's first mention before it; a participle with none before it ("In addition to
    /// condemning the sanctions, Kanani ...") takes the first mention after its clause.
    /// </summary>
    private int? ActiveAgent(string text, int cueStart)
    {
        var first = _mentions.Count == 0 ? cueStart : _mentions[0].Start;
        for (var at = cueStart - 1; at > first; at--)
        {
            if (text[at] == ',' && FirstMention(at, cueStart) is { } inClause) return inClause;
            if (text[at - 1] != ' ' || Words.InsideWord(text, at)) continue;
            var word = WordAt(text, at);
            if (word.Equals("that", StringComparison.OrdinalIgnoreCase))
                return FirstMention(at, cueStart) ?? FirstMention(0, at);
            if (word.Equals("which", StringComparison.OrdinalIgnoreCase) || word.Equals("who", StringComparison.OrdinalIgnoreCase))
                return LastMention(at);
        }
        if (FirstMention(0, cueStart) is { } before) return before;
        var clauseEnd = text.IndexOf(", ", cueStart, StringComparison.Ordinal);
        return clauseEnd < 0 ? null : FirstMention(clauseEnd, int.MaxValue);
    }

    /// <summary>Who the quote says is speaking: a mention just before an attribution word ("the Council stated") or just after it ("said Kanaani").</summary>
    private string? Speaker(string text)
    {
        foreach (var said in _attributions)
            foreach (var mention in _mentions)
                if ((mention.End <= said.Start && Words.Count(text.AsSpan(mention.End, said.Start - mention.End)) <= 1)
                    || (mention.Start >= said.End && Words.Count(text.AsSpan(said.End, mention.Start - said.End)) == 0))
                    return mention.EntityId;
        return null;
    }

    // Where the clause after a cue ends: at the next comma or semicolon, or the sentence's end.
    private static int ClauseEnd(string text, int from, int sentenceEnd)
    {
        var end = text.AsSpan(from, Math.Max(0, sentenceEnd - from)).IndexOfAny(',', ';');
        return end < 0 ? sentenceEnd : from + end;
    }

    // The index of the first mention starting in [from, before), or null.
    private int? FirstMention(int from, int before)
    {
        for (var i = 0; i < _mentions.Count; i++)
            if (_mentions[i].Start >= from && _mentions[i].Start < before) return i;
        return null;
    }

    // The index of the last mention ending by `before`, or null.
    private int? LastMention(int before)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
            if (_mentions[i].End <= before) return i;
        return null;
    }

    private static ReadOnlySpan<char> WordAt(string text, int at)
    {
        var i = at;
        return Words.Next(text, ref i, out var start) ? text.AsSpan(start, i - start) : default;
    }

    // "was accused", "were widely blamed": a form of "be" (an adverb may sit between) makes an active cue passive.
    private static bool AfterBe(string text, int cueStart)
    {
        var end = cueStart;
        for (var back = 0; back < 2; back++)
        {
            var start = end - 1;
            while (start > 0 && text[start - 1] == ' ') start--;
            var wordEnd = start;
            while (start > 0 && (Words.IsWordChar(text[start - 1]) || Words.InsideWord(text, start))) start--;
            if (wordEnd <= start) return false;
            var word = text.AsSpan(start, wordEnd - start);
            foreach (var be in BeForms)
                if (word.Equals(be, StringComparison.OrdinalIgnoreCase)) return true;
            if (!word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)) return false;
            end = start;
        }
        return false;
    }

    // "hosted by", "support from", "transferred to", "based in": the agent follows the cue.
    private static bool EndsWithPreposition(Phrase phrase) => phrase.Words[^1] is "by" or "from" or "to" or "in";

    private static readonly string[] BeForms = ["be", "is", "are", "was", "were", "been", "being", "get", "gets", "got"];

    // Where the word "by" ends, within a few words after a passive cue in its sentence; -1 when none.
    private static int ByAfter(string text, int from, int sentenceEnd)
    {
        var i = from;
        for (var words = 0; words < 6 && Words.Next(text.AsSpan(0, sentenceEnd), ref i, out var start); words++)
            if (i - start == 2 && text.AsSpan(start, 2).Equals("by", StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>The first polarity word just outside the quote (or anywhere outside it in its sentence past a leading or trailing "...") or in a gap.</summary>
    private EvidenceFlag? Polarity(string text, string normal, ReadOnlySpan<(int Start, int End)> parts, QuoteSpan sentence, RelationshipType? type)
    {
        var trimmed = normal.AsSpan().Trim();
        var before = trimmed.StartsWith(QuoteText.Gap) ? sentence.Start : WordsBack(text, parts[0].Start, sentence.Start);
        var after = trimmed.EndsWith(QuoteText.Gap) ? sentence.End : WordsOn(text, parts[^1].End, sentence.End);
        if (PolarityIn(text, before, parts[0].Start, type, inGap: false) is { } b)
            return PolarityFlag($"the quote's sentence has {b} just before the quote");
        if (PolarityIn(text, parts[^1].End, after, type, inGap: false) is { } a)
            return PolarityFlag($"the quote's sentence has {a} just after the quote");
        for (var k = 1; k < parts.Length; k++)
            if (PolarityIn(text, parts[k - 1].End, parts[k].Start, type, inGap: true) is { } g)
                return PolarityFlag($"the gap after \"{Tail(text, parts[k - 1])}\" skips {g}");
        return null;
    }

    private static EvidenceFlag PolarityFlag(string message) => new(EvidenceRule.Polarity, message,
        "quote the words that may reverse or attribute the claim, or cite a passage that asserts it");

    /// <summary>The first polarity entry in <c>text[start..end]</c> as "\"words\" (kind)", skipping the fact type's own cues and "not only".</summary>
    private string? PolarityIn(string text, int start, int end, RelationshipType? type, bool inGap)
    {
        if (end <= start) return null;
        _polarity.Clear();
        vocabulary.PolarityWords.FindAll(text, start, end, _polarity);
        foreach (var hit in _polarity)
        {
            var kind = hit.Value.Kind;
            if (kind == PolarityKind.Attribution && !inGap) continue;
            if (kind == PolarityKind.Negation && FollowedByOnly(text, hit.End)) continue;
            if (type is not null && IsOwnCue(text, hit, end, type)) continue;
            return $"\"{text[hit.Start..hit.End]}\" ({kind.ToString().ToLowerInvariant()})";
        }
        return null;
    }

    private bool IsOwnCue(string text, PhraseMatch<PolarityPhrase> hit, int end, RelationshipType type)
    {
        _ownCues.Clear();
        vocabulary.Cues.FindAll(text, hit.Start, end, _ownCues);
        foreach (var cue in _ownCues)
            if (cue.Start == hit.Start && cue.Value.Type == type.Name) return true;
        return false;
    }

    // "not only ... but also" keeps its meaning when "not only" is skipped.
    private static bool FollowedByOnly(string text, int at)
    {
        var i = at;
        return Words.Next(text, ref i, out var start) && text.AsSpan(start, i - start).Equals("only", StringComparison.OrdinalIgnoreCase);
    }

    private static string Years(int from, int to) =>
        from == to ? $"{from}" : from == DateOnly.MinValue.Year ? $"up to {to}" : to == DateOnly.MaxValue.Year ? $"from {from}" : $"{from}-{to}";

    // A four-digit year (1900-2099) in the quoted words outside the fact's years; the first such.
    private static int? OtherYear(string text, ReadOnlySpan<(int Start, int End)> parts, int from, int to)
    {
        foreach (var (start, end) in parts)
            for (var i = start; Words.Next(text.AsSpan(0, end), ref i, out var word);)
                if (i - word == 4 && char.IsAsciiDigit(text[word]) && int.TryParse(text.AsSpan(word, 4), out var year) && year is >= 1900 and < 2100 && (year < from || year > to))
                    return year;
        return null;
    }

    private static bool IsQuestion(string text, QuoteSpan sentence)
    {
        var end = sentence.End;
        while (end > sentence.Start && (text[end - 1] is ' ' or '"' or '\'' or ')')) end--;
        return end > sentence.Start && text[end - 1] == '?';
    }

    // The start of the nth word before `at`, not before `floor`.
    private static int WordsBack(string text, int at, int floor)
    {
        var start = at;
        for (var n = 0; n < WordsBefore && start > floor; n++)
        {
            start--;
            while (start > floor && !Words.IsWordChar(text[start])) start--;
            while (start > floor && (Words.IsWordChar(text[start - 1]) || Words.InsideWord(text, start))) start--;
        }
        return Math.Max(start, floor);
    }

    // The end of the nth word after `at`, not past `ceiling`.
    private static int WordsOn(string text, int at, int ceiling)
    {
        var i = at;
        var window = text.AsSpan(0, ceiling);
        for (var n = 0; n < WordsAfter && Words.Next(window, ref i, out _); n++) { }
        return i;
    }

    private static string Tail(string text, (int Start, int End) part)
    {
        var start = Math.Max(part.Start, part.End - 30);
        while (start > part.Start && Words.InsideWord(text, start)) start++;
        return (start > part.Start ? "..." : "") + text[start..part.End];
    }
}
