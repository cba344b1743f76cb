namespace GraphBuilder.Web;

/// <summary>A relationship type as the page needs it: its name, what it means, its category, and whether its subject speaks for its object.</summary>
internal sealed record PageRelationshipType(string Name, string Description, string Category, bool SpeaksFor = false);
