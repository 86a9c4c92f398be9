namespace MechanismGraph.Reasoning;

/// <summary>Stable error codes shared by every adapter (GraphQL extensions.code, MCP tool errors, CLI).</summary>
public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string Ambiguous = "AMBIGUOUS";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string StoreMisconfigured = "STORE_MISCONFIGURED";
    public const string Timeout = "TIMEOUT";
    public const string Complexity = "COMPLEXITY";
}
