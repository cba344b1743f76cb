namespace GraphBuilder.Hosting;

/// <summary>Which graph store a run writes to (<c>GraphBuilder:Store</c>).</summary>
public enum StoreKind
{
    Embedded,
    Neo4j,
}
