namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>One entry of a Query API <c>errors</c> array.</summary>
/// <param name="Code">Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</param>
internal sealed record ServerError(string Code, string Message);
