namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>The answer was not the Query API's documented shape: not JSON, malformed JSON, or unexpected fields or types.</summary>
public sealed class Neo4jProtocolException : Neo4jException
{
    public Neo4jProtocolException(string message, Exception? innerException = null)
        : base(message, null, innerException)
    {
    }

    public override Neo4jErrorKind Kind => Neo4jErrorKind.Protocol;
}
