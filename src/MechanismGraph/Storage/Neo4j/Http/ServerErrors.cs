using System.Net;
using System.Text.RegularExpressions;

namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>Turns an HTTP status and Neo4j's <c>errors</c> entry into the matching <see cref="Neo4jException"/>.</summary>
internal sealed partial class ServerErrors(string endpoint, string? user, string database = "neo4j")
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
        // transactions.adoc documents Request.Invalid "Transaction with Id … was not found" for an expired transaction;
        // TransactionNotFound is the legacy HTTP API's code for the same, still a Neo4j status code.
        if (transactionId is not null
            && (error.Code == "Neo.ClientError.Transaction.TransactionNotFound"
                || (error.Code == "Neo.ClientError.Request.Invalid" && error.Message.Contains("was not found", StringComparison.Ordinal))))
            return Expired(transactionId, detail, error.Code);
        // A real server answers Forbidden with HTTP 400 (QueryResource.java: every ClientException is BAD_REQUEST).
        if (error.Code == "Neo.ClientError.Security.Forbidden")
            return Forbidden(error, detail);
        if (error.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
            return new Neo4jAuthenticationException($"Neo4j at {endpoint} refused{ForUser()}: {detail}", error.Code);
        return new Neo4jQueryException($"Neo4j at {endpoint} refused the statement with {detail}", error.Code);
    }

    private Neo4jForbiddenException Forbidden(ServerError error, string detail)
    {
        var privilege = MissingPrivilege(error.Message);
        return new Neo4jForbiddenException(
            $"Neo4j at {endpoint} refused{ForUser()} the {privilege} privilege on database '{database}' ({detail}); grant it to the user's role (GRANT {privilege} ON {(privilege == "WRITE" || privilege == "MATCH" ? "GRAPH" : "DATABASE")} {database} TO <role>) or configure a user that has it",
            privilege,
            error.Code);
    }

    /// <summary>The GRANT name of the privilege Neo4j's Forbidden message says is missing (its messages name the operation refused).</summary>
    internal static string MissingPrivilege(string message)
    {
        var m = message.ToLowerInvariant();
        if (m.Contains("index", StringComparison.Ordinal)) return "INDEX MANAGEMENT";
        if (m.Contains("constraint", StringComparison.Ordinal) || m.Contains("schema", StringComparison.Ordinal)) return "CONSTRAINT MANAGEMENT";
        if (m.Contains("database access", StringComparison.Ordinal) || m.Contains("access to database", StringComparison.Ordinal)) return "ACCESS";
        if (m.StartsWith("read", StringComparison.Ordinal) || m.Contains("read operations", StringComparison.Ordinal)) return "MATCH";
        return "WRITE"; // "Write operations", "Create node …", "Set property …", "Delete relationship …" are all WRITE
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
