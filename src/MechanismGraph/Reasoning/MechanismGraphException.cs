namespace MechanismGraph.Reasoning;

/// <summary>A client-facing failure with a stable code and structured details (suggestions, candidates, limits).</summary>
public sealed class MechanismGraphException(ErrorCode code, string message, IReadOnlyDictionary<string, object>? details = null)
    : Exception(message)
{
    public ErrorCode Code { get; } = code;

    public IReadOnlyDictionary<string, object> Details { get; } = details ?? new Dictionary<string, object>();

    public static MechanismGraphException BadInput(string argument, string message) =>
        new(ErrorCodes.BadUserInput, message, new Dictionary<string, object> { ["argument"] = argument });

    public static MechanismGraphException NotFound(string argument, string message) =>
        new(ErrorCodes.NotFound, message, new Dictionary<string, object> { ["argument"] = argument });
}
