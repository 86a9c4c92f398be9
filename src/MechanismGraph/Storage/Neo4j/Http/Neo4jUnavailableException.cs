namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>
/// Neo4j could not be reached (connection refused, DNS, timeout), answered HTTP 502/503/504/429, or
/// reported a <c>Neo.TransientError</c> — after any retries were spent.
/// </summary>
public sealed class Neo4jUnavailableException : Neo4jException
{
    public Neo4jUnavailableException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    public override Neo4jErrorKind Kind => Neo4jErrorKind.Unavailable;
}
