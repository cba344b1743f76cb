using GraphBuilder.Graph;

namespace GraphBuilder.Queries;

/// <summary>One relationship a query found, with both end nodes.</summary>
public sealed record RelationshipMatch(GraphRelationship Relationship, GraphNode Start, GraphNode End);
