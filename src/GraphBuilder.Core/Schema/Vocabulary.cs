namespace GraphBuilder.Schema;

/// <summary>
/// The graph model loaded from <c>schema/vocabulary.yaml</c>: entity kinds and their labels,
/// the label of source nodes, and the relationship types. Stores treat these names as the
/// whitelist for labels and types; nothing else ever reaches a query text.
/// </summary>
public sealed class Vocabulary
{
    public Vocabulary(IEnumerable<EntityKind> kinds, string sourceLabel, IEnumerable<RelationshipType> relationshipTypes)
    {
        Kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
        SourceLabel = sourceLabel;
        RelationshipTypes = relationshipTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
        NodeLabels = Kinds.Values.Select(k => k.Label).Append(sourceLabel).Distinct().Order(StringComparer.Ordinal).ToArray();
        EntityFields = RelationshipTypes.Values
            .Where(t => t.EntityField is not null)
            .ToDictionary(t => t.EntityField!, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, EntityKind> Kinds { get; }
    public string SourceLabel { get; }
    public IReadOnlyDictionary<string, RelationshipType> RelationshipTypes { get; }

    /// <summary>Every node label GraphBuilder manages, sorted.</summary>
    public IReadOnlyList<string> NodeLabels { get; }

    /// <summary>Entity keys that declare links, mapped to their relationship type.</summary>
    public IReadOnlyDictionary<string, RelationshipType> EntityFields { get; }

    public bool IsManagedLabel(string label) => NodeLabels.Contains(label, StringComparer.Ordinal);
}
