namespace MechanismGraph.Reasoning;

/// <summary>What a client is told about a failure, whatever the adapter: a code, a message and structured details.</summary>
/// <param name="Details">Extra members (argument, suggestions, candidates, requestId), written beside code and message.</param>
public sealed record ClientError(ErrorCode Code, string Message, IReadOnlyDictionary<string, object> Details)
{
    /// <summary>True for a failure nobody anticipated: the adapter logs it with the exception under the request id.</summary>
    public bool IsUnexpected => Code == ErrorCodes.Internal;
}
