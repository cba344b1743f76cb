namespace GraphBuilder.Schema;

/// <summary>Where a cue's parties stand around it in a sentence (vocabulary.yaml's <c>cues</c> groups).</summary>
public enum CueVoice
{
    /// <summary>The agent before the cue, the target after it: "A accuses B".</summary>
    Active,

    /// <summary>The target before the cue, the agent after it: "B was accused by A"; an active cue after a form of "be" reads so too.</summary>
    Passive,

    /// <summary>The target just before the cue, its agent earlier (often the reporter): "A says B was behind it".</summary>
    TargetFirst,
}
