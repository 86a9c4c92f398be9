namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>Neo4j answered 401/403 or a <c>Neo.ClientError.Security.*</c> error: fix the credentials, retrying will not help.</summary>
public sealed class Neo4jAuthenticationException : Neo4jException
{
    public Neo4jAuthenticationException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    public override Neo4jErrorKind Kind => Neo4jErrorKind.Authentication;
}
