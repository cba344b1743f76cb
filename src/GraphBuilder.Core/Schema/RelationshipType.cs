namespace GraphBuilder.Schema;

/// <summary>
/// A relationship type from the vocabulary, with the entity kinds allowed at each end.
/// <see cref="EntityField"/>, when set, is the entity key (e.g. <c>part_of</c>) that declares
/// links of this type directly on an entity.
/// </summary>
public sealed record RelationshipType(
    string Name,
    string Description,
    IReadOnlySet<string> FromKinds,
    IReadOnlySet<string> ToKinds,
    string? EntityField)
{
    /// <summary>Whether subject and object may be the same entity (rarely meaningful, so off by default).</summary>
    public bool AllowSelf { get; init; }

    /// <summary>
    /// How views weigh this type: <c>adversarial</c> (accusations, sanctions: emphasised),
    /// <c>claim</c> (any other reported claim; the default) or <c>structural</c> (offices,
    /// membership: muted, and not listed as claims).
    /// </summary>
    public string Category { get; init; } = DefaultCategory;

    /// <summary>Whether the subject speaks for the object (an official for a state, a ministry for it): views can roll claims up to the object.</summary>
    public bool SpeaksFor { get; init; }
    /// <summary>The words that express this type in a quote (vocabulary.yaml's <c>cues</c>); empty means its quotes are not checked for one.</summary>
    public IReadOnlyList<RelationCue> Cues { get; init; } = [];

    /// <summary>The category of a type whose vocabulary entry names none.</summary>
    public const string DefaultCategory = "claim";

    /// <summary>Every category a vocabulary entry may name.</summary>
    public static readonly IReadOnlyList<string> Categories = ["adversarial", DefaultCategory, "structural"];
}
