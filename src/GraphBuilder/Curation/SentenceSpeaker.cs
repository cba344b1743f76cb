using GraphBuilder.Schema;
using GraphBuilder.Validation.Evidence;
using static GraphBuilder.Curation.FunctionWords;
using static GraphBuilder.Curation.SentenceWords;

namespace GraphBuilder.Curation;

/// <summary>
/// Who speaks in one sentence, as <see cref="SentenceReading"/> asks: the speaker of a direct quotation, of reported speech
/// ("Kanani said ...", ", saying ..."), or for a sentence that says "It wrote", <paramref name="speaker"/> (the subject of an
/// earlier sentence of the paragraph).
/// </summary>
internal sealed class SentenceSpeaker(string text, List<NameMention> mentions, (string EntityId, string Sentence)? speaker)
{
    /// <summary>
    /// Who speaks a direct quotation holding the cue: "“Iran's cyberattack ...,” Undersecretary Brian Nelson said." The name
    /// just after the closing quotation mark that a verb of speech follows (the evidence check's speaker of reported speech).
    /// </summary>
    public string? Quoted(PhraseMatch<RelationCue> cue)
    {
        if (text[..cue.Start].Count(c => c == '"') % 2 == 0 || text.IndexOf('"', cue.End) is not (var closing and >= 0)) return null;
        return mentions.FirstOrDefault(m => m.Start > closing && WordsBetween(text, closing + 1, m.Start) <= 6 && !text[(closing + 1)..m.Start].Contains('"')
            && SpeechVerbs.Contains(NextWord(text, m.End))).EntityId;
    }

    /// <summary>
    /// Who says the words holding the cue: the speaker named after its quotation ("..., Nelson said"); the subject before a
    /// verb of speech that opens it ("X wrote: “...”", or for "It wrote", the earlier sentence's subject); or the subject of
    /// ", saying ...". Null when none.
    /// </summary>
    public (string? Id, string? Context) Of(PhraseMatch<RelationCue> cue)
    {
        if (Quoted(cue) is { } after) return (after, null);
        var open = text[..cue.Start].Count(c => c == '"') % 2 == 1 ? text.LastIndexOf('"', cue.Start - 1) : -1;
        var said = open > 0 && WordsIn(text, 0, open).Any(SpeechVerbs.Contains) ? open
            : text.IndexOf(", saying ", StringComparison.OrdinalIgnoreCase) is var saying and >= 0 && saying < cue.Start ? saying : -1;
        if (said < 0) return (null, null);
        if (mentions.FirstOrDefault(m => m.End <= said && !Prepositions.Contains(WordBefore(text, m.Start))) is { EntityId: not null } subject) return (subject.EntityId, null);
        return Pronouns.Contains(NextWord(text, 0)) && speaker is { } earlier ? (earlier.EntityId, earlier.Sentence) : (null, null);
    }

    /// <summary>The name a verb of speech follows ("Kanani said the claims were false"), or null.</summary>
    public string? SaidBy() => mentions.FirstOrDefault(m => SpeechVerbs.Contains(NextWord(text, m.End))).EntityId;
}
