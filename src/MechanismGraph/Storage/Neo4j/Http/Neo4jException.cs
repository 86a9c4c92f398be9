namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>A failure talking to Neo4j. The message says what happened; it never carries a raw response body.</summary>
public abstract class Neo4jException : Exception
{
    private protected Neo4jException(string message, string? code, Exception? innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    public abstract Neo4jErrorKind Kind { get; }

    /// <summary>Neo4j's status code (<c>Neo.ClientError.Statement.SyntaxError</c>…) when the server sent one.</summary>
    public string? Code { get; }
}
