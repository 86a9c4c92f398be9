namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>A path: <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> are joined by <c>Relationships[i]</c> (in either direction).</summary>
internal sealed record Neo4jPath(IReadOnlyList<Neo4jNode> Nodes, IReadOnlyList<Neo4jRelationship> Relationships);
