namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>One Query API call; a new <see cref="HttpRequestMessage"/> is built from it for every attempt.</summary>
/// <param name="Body">The JSON body, or null for none (rollback).</param>
/// <param name="Affinity">The <c>neo4j-cluster-affinity</c> value to echo, inside a transaction.</param>
/// <param name="TransactionId">The explicit transaction this call belongs to, for error messages and 404 handling.</param>
internal sealed record QueryApiRequest(
    HttpMethod Method,
    Uri Uri,
    byte[]? Body,
    string? Affinity = null,
    string? TransactionId = null);
