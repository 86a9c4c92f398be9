namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>The <c>transaction</c> object of an answer inside an explicit transaction.</summary>
internal sealed record TransactionInfo(string Id, DateTimeOffset? Expires);
