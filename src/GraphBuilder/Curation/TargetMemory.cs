namespace GraphBuilder.Curation;

/// <summary>
/// What earlier sentences of a report lend a cue whose clause names no target (<see cref="UnnamedTarget"/>): the last agent
/// of each type of act ("The United States announced new sanctions ..." for "condemning the new sanctions"), each agent's
/// last sentence naming it with its targets ("The embassy condemned NATO." for "the mission rejected the accusations"), and
/// quoted words standing for a target that a later sentence may name ("blaming it on \"third parties\"" ... "identified as
/// \"third parties\" the United States, ..."). Kept across paragraphs, within <paramref name="reach"/> words: a context from
/// another paragraph is one validation flags, for a curator to review.
/// </summary>
internal sealed class TargetMemory(int reach)
{
    private readonly Dictionary<string, (List<string> Targets, string Sentence, int At)> _acted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Agent, List<string> Targets, string Sentence, int At)> _lastOfType = new(StringComparer.Ordinal);
    private readonly List<(string Type, string Cue, UnnamedTarget Unnamed, int At)> _waiting = [];
    private int _position;

    /// <summary>Quoted words of earlier sentences within reach still waiting for names.</summary>
    public IEnumerable<(string Type, string Cue, UnnamedTarget Unnamed)> Waiting =>
        _waiting.Where(w => _position - w.At <= reach).Select(w => (w.Type, w.Cue, w.Unnamed));

    /// <summary>Keeps quoted words standing for a target (<see cref="UnnamedTarget.Phrase"/>) for a later sentence to name.</summary>
    public void Wait(string type, string cue, UnnamedTarget unnamed) => _waiting.Add((type, cue, unnamed, _position));

    /// <summary>
    /// The targets an earlier sentence within reach lends, that sentence, and how they were read: who did the act the cue
    /// is about (against the same party, when the sentence names one), else the agent's own last targets. Null when none.
    /// </summary>
    public (List<string> Targets, string Sentence, string Reading)? Lend(UnnamedTarget unnamed)
    {
        if (unnamed.Act is { } type && _lastOfType.TryGetValue(type, out var act) && _position - act.At <= reach
            && act.Agent != unnamed.Agent && (unnamed.ActAgainst is null || act.Targets.Contains(unnamed.ActAgainst)))
            return ([act.Agent], act.Sentence, "unnamed target: who did the act the cue is about, in an earlier sentence");
        if (_acted.TryGetValue(unnamed.Agent, out var last) && _position - last.At <= reach)
            return (last.Targets, last.Sentence, "unnamed target: the agent's target in its last sentence before");
        return null;
    }

    /// <summary>Takes in a sentence read: its length in words, and the parties it names itself (no context), by type.</summary>
    public void Read(string sentence, int words, List<(string Type, CueParty Party)> read)
    {
        _position += words;
        var named = read.Where(r => r.Party.Context is null).ToList();
        foreach (var agent in named.GroupBy(r => r.Party.Subject))
            _acted[agent.Key] = (agent.Select(r => r.Party.Object).Distinct().ToList(), sentence, _position);
        foreach (var act in named.GroupBy(r => (r.Type, r.Party.Subject)))
            _lastOfType[act.Key.Type] = (act.Key.Subject, act.Select(r => r.Party.Object).Distinct().ToList(), sentence, _position);
        _waiting.RemoveAll(w => _position - w.At > reach);
    }
}
