namespace MechanismGraph.Reasoning;

/// <summary>
/// Every error code a client can see, in one registry: GraphQL <c>extensions.code</c>, MCP tool errors and the <c>code</c>
/// of RFC 9457 problem details all take their names from here (a test checks docs/graphql.md documents each).
/// </summary>
public static class ErrorCodes
{
    public static readonly ErrorCode NotFound = new("NOT_FOUND", 404,
        "a reference matches nothing (an entity, with up to three suggestions; a document; an export format or table)");
    public static readonly ErrorCode Ambiguous = new("AMBIGUOUS", 400, "an entity reference matches several entities (with the candidates)");
    public static readonly ErrorCode BadUserInput = new("BAD_USER_INPUT", 400,
        "an argument out of range, an unknown kind or predicate, a foreign cursor");
    public static readonly ErrorCode Complexity = new("COMPLEXITY", 400, "a GraphQL query deeper or costlier than the configured limits");
    public static readonly ErrorCode Timeout = new("TIMEOUT", 504, "the request ran longer than the execution limit and was stopped");
    public static readonly ErrorCode StoreUnavailable = new("STORE_UNAVAILABLE", 503, "the graph store cannot be reached (the next request tries again)");
    public static readonly ErrorCode Internal = new("INTERNAL_SERVER_ERROR", 500,
        "an unexpected failure; it is logged under the request id the response carries");
    public static readonly ErrorCode Cancelled = new("CANCELLED", 499,
        "the client went away before the answer was ready: nothing is sent, the log says 499");
    public static readonly ErrorCode BadRequest = new("BAD_REQUEST", 400, "a malformed GraphQL-over-HTTP request");
    public static readonly ErrorCode UnsupportedMediaType = new("UNSUPPORTED_MEDIA_TYPE", 415, "a request body that is not JSON");
    public static readonly ErrorCode NotAcceptable = new("NOT_ACCEPTABLE", 406, "an Accept header the endpoint cannot answer");
    public static readonly ErrorCode MethodNotAllowed = new("METHOD_NOT_ALLOWED", 405, "an HTTP method the endpoint does not take");
    public static readonly ErrorCode RequestTooLarge = new("REQUEST_TOO_LARGE", 413, "a request body over the size limit");

    /// <summary>Every code, in the order the documentation lists them.</summary>
    public static IReadOnlyList<ErrorCode> All { get; } =
    [
        NotFound, Ambiguous, BadUserInput, Complexity, Timeout, StoreUnavailable, Internal, Cancelled,
        BadRequest, UnsupportedMediaType, NotAcceptable, MethodNotAllowed, RequestTooLarge,
    ];

    /// <summary>The code with this wire name, if any.</summary>
    public static ErrorCode? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
