namespace GraphBuilder.Facts;

/// <summary>A link declared on an entity (e.g. <c>part_of: iran</c>); <see cref="Key"/> maps to a relationship type.</summary>
public sealed record EntityLink(string Key, Field Target)
{
    /// <summary>The compiled relationship's id: <c>entity/TYPE/target</c>.</summary>
    public string RelationshipId(string entityId, string type) => $"{entityId}/{type}/{Target.Value}";
}
