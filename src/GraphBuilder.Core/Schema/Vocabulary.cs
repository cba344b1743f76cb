using GraphBuilder.Validation.Evidence;

namespace GraphBuilder.Schema;

/// <summary>
/// The graph model loaded from <c>schema/vocabulary.yaml</c>: entity kinds and their labels,
/// the label of source nodes, and the relationship types. Stores treat these names as the
/// whitelist for labels and types; nothing else ever reaches a query text.
/// </summary>
public sealed class Vocabulary
{
    public Vocabulary(IEnumerable<EntityKind> kinds, string sourceLabel, IEnumerable<RelationshipType> relationshipTypes,
        IEnumerable<PolarityPhrase>? polarity = null)
    {
        Kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
        SourceLabel = sourceLabel;
        RelationshipTypes = relationshipTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
        NodeLabels = Kinds.Values.Select(k => k.Label).Append(sourceLabel).Distinct().Order(StringComparer.Ordinal).ToArray();
        EntityFields = RelationshipTypes.Values
            .Where(t => t.EntityField is not null)
            .ToDictionary(t => t.EntityField!, StringComparer.Ordinal);
        Polarity = polarity?.ToArray() ?? [];
        Cues = new PhraseTable<RelationCue>(RelationshipTypes.Values.SelectMany(t => t.Cues).Select(c => (c.Phrase, c)));
        PolarityWords = new PhraseTable<PolarityPhrase>(Polarity.Select(p => (p.Phrase, p)));
    }

    public IReadOnlyDictionary<string, EntityKind> Kinds { get; }
    public string SourceLabel { get; }
    public IReadOnlyDictionary<string, RelationshipType> RelationshipTypes { get; }

    /// <summary>Every node label GraphBuilder manages, sorted.</summary>
    public IReadOnlyList<string> NodeLabels { get; }

    /// <summary>Entity keys that declare links, mapped to their relationship type.</summary>
    public IReadOnlyDictionary<string, RelationshipType> EntityFields { get; }

    /// <summary>The <c>polarity</c> table: words that change what a quote asserts.</summary>
    public IReadOnlyList<PolarityPhrase> Polarity { get; }

    /// <summary>Every type's cues, to find in a sentence (each match names its type and voice).</summary>
    public PhraseTable<RelationCue> Cues { get; }

    /// <summary>The polarity table, to find in a sentence.</summary>
    public PhraseTable<PolarityPhrase> PolarityWords { get; }

    public bool IsManagedLabel(string label) => NodeLabels.Contains(label, StringComparer.Ordinal);
}
