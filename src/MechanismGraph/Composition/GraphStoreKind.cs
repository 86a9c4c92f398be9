namespace MechanismGraph.Composition;

/// <summary>The stores the product can run on (<c>Graph:Store</c>, <c>--store</c>).</summary>
public enum GraphStoreKind
{
    /// <summary>The in-memory graph loaded from seed-data: no server needed.</summary>
    Embedded,

    /// <summary>Neo4j over its HTTP Query API (<c>Neo4j:*</c> settings).</summary>
    Neo4j,
}
