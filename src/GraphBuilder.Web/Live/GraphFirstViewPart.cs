using GraphBuilder.Graph;

namespace GraphBuilder.Web;

/// <summary>The part of a large graph the served page loads first, and the whole graph's entities (reports apart) and relationships.</summary>
internal sealed record GraphFirstViewPart(GraphData Graph, int TotalEntities, int TotalRelationships);
