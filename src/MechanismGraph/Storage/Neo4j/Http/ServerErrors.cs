using System.Net;
using System.Text.RegularExpressions;

namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>Turns an HTTP status and Neo4j's <c>errors</c> entry into the matching <see cref="Neo4jException"/>.</summary>
internal sealed partial class ServerErrors(string endpoint, string? user)
{
    private const int MaxMessageLength = 300;

    public Neo4jException ForStatus(HttpStatusCode status, string? reason, ServerError? error)
    {
        var http = $"HTTP {(int)status} {reason ?? status.ToString()}".TrimEnd();
        return (int)status switch
        {
            401 => new Neo4jAuthenticationException($"Neo4j at {endpoint} rejected the credentials{OfUser()} ({http}){Detail(error)}", error?.Code),
            403 => new Neo4jAuthenticationException($"Neo4j at {endpoint} refused access{ForUser()} ({http}){Detail(error)}", error?.Code),
            _ => new Neo4jUnavailableException($"Neo4j at {endpoint} is unavailable: {http}{Detail(error)}", error?.Code),
        };
    }

    public Neo4jException ForError(ServerError error, string? transactionId)
    {
        var detail = $"{error.Code}: {Clean(error.Message)}";
        if (error.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
            return new Neo4jUnavailableException($"Neo4j at {endpoint} reported a transient error {detail}", error.Code);
        if (error.Code == "Neo.ClientError.Transaction.TransactionNotFound")
            return Expired(transactionId, detail, error.Code);
        if (error.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
            return new Neo4jAuthenticationException($"Neo4j at {endpoint} refused{ForUser()}: {detail}", error.Code);
        return new Neo4jQueryException($"Neo4j at {endpoint} refused the statement with {detail}", error.Code);
    }

    public Neo4jException Expired(string? transactionId, string detail, string? code) =>
        new Neo4jTransactionExpiredException(
            $"Neo4j at {endpoint} no longer knows transaction '{transactionId}' (it idled past the server's transaction timeout, or was already closed); run the whole transaction again: {detail}",
            code);

    public Neo4jProtocolException Protocol(string what, Exception? inner = null) =>
        new($"Neo4j at {endpoint} sent an answer that is not the Query API's: {what}", inner);

    /// <summary>Neo4j's message on one line and at most 300 characters: its caret diagrams and stack traces are noise in logs.</summary>
    public static string Clean(string message)
    {
        var line = Whitespace().Replace(message, " ").Trim();
        return line.Length <= MaxMessageLength ? line : line[..MaxMessageLength] + "…";
    }

    private static string Detail(ServerError? error) => error is null ? "" : $": {error.Code}: {Clean(error.Message)}";

    private string OfUser() => user is null ? "" : $" of user '{user}'";

    private string ForUser() => user is null ? "" : $" user '{user}'";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
