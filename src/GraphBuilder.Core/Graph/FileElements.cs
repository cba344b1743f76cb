namespace GraphBuilder.Graph;

/// <summary>One seed file's compiled nodes and relationships, each sorted by id, and the ids of the sources its citations copy from.</summary>
internal sealed record FileElements(GraphNode[] Nodes, GraphRelationship[] Relationships, string[] Cites);
