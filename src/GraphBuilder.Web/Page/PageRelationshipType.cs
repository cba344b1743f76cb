namespace GraphBuilder.Web;

/// <summary>A relationship type as the page needs it: its name, what it means, and its category from the vocabulary.</summary>
internal sealed record PageRelationshipType(string Name, string Description, string Category);
