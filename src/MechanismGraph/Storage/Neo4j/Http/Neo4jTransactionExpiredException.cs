namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>
/// The server no longer knows the explicit transaction (<c>Neo.ClientError.Transaction.TransactionNotFound</c>,
/// usually because it idled past the server's transaction timeout): its work is rolled back, so run the whole transaction again.
/// </summary>
public sealed class Neo4jTransactionExpiredException : Neo4jException
{
    public Neo4jTransactionExpiredException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    public override Neo4jErrorKind Kind => Neo4jErrorKind.TransactionExpired;
}
