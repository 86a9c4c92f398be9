namespace MechanismGraph.Reasoning;

/// <summary>A client-facing failure with a stable code and structured details (suggestions, candidates, limits).</summary>
public sealed class MechanismGraphException(string code, string message, IReadOnlyDictionary<string, object>? details = null)
    : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyDictionary<string, object> Details { get; } = details ?? new Dictionary<string, object>();

    public static MechanismGraphException BadInput(string argument, string message) =>
        new(ErrorCodes.BadUserInput, message, new Dictionary<string, object> { ["argument"] = argument });
}
