namespace GraphBuilder.Stores.Neo4j;

/// <summary>
/// An open explicit transaction. <see cref="ClusterAffinity"/> is the <c>neo4j-cluster-affinity</c>
/// header the server sent when it opened it; every later request of the transaction repeats it.
/// </summary>
internal sealed record QueryApiTransaction(string Id, string? ClusterAffinity);
