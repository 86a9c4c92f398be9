namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>Neo4j refused the statement with a <c>Neo.ClientError.*</c> or <c>Neo.DatabaseError.*</c>; <see cref="Neo4jException.Code"/> says which.</summary>
public sealed class Neo4jQueryException : Neo4jException
{
    public Neo4jQueryException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    public override Neo4jErrorKind Kind => Neo4jErrorKind.Query;
}
