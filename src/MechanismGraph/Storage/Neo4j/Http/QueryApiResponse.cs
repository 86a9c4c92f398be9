namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>A successful Query API answer: the result, the transaction it belongs to, and the cluster member handling it.</summary>
/// <param name="Affinity">The <c>neo4j-cluster-affinity</c> response header, to be echoed on the transaction's later requests.</param>
internal sealed record QueryApiResponse(QueryResult Result, TransactionInfo? Transaction, string? Affinity);
