using System.Text.Json;
using MechanismGraph.Mcp.Rendering;
using MechanismGraph.Reasoning;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MechanismGraph.Mcp.Tools;

/// <summary>
/// Checks a tool call's arguments against the tool's input schema before the SDK binds them, so a wrong type
/// (<c>max_chars: 1.5</c>, <c>limit: "x"</c>, <c>ref: 5</c>), a missing required argument or an over-long string comes
/// back as a BAD_USER_INPUT tool error naming the argument, rather than the SDK's "An error occurred invoking".
/// A call without a tool name is malformed: JSON-RPC -32602.
/// </summary>
internal static class ArgumentCheck
{
    /// <summary>Longest string argument accepted (1,000 characters): names, ids and CURIEs are short.</summary>
    public const int MaxStringArgumentChars = 1_000;

    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            if (string.IsNullOrEmpty(context.Params?.Name))
                throw new McpProtocolException("tools/call needs params.name, the tool to call.", McpErrorCode.InvalidParams);
            if (context.MatchedPrimitive is McpServerTool tool && Problem(tool.ProtocolTool.InputSchema, context.Params.Arguments) is { } problem)
                return ToolOutput.Error(problem);
            return await next(context, cancellationToken);
        };

    private static ClientError? Problem(JsonElement schema, IDictionary<string, JsonElement>? arguments)
    {
        arguments ??= new Dictionary<string, JsonElement>();
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!arguments.TryGetValue(name, out var given) || given.ValueKind == JsonValueKind.Null)
                    return BadInput(name, $"{name} is required");
            }
        }
        if (!schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object) return null;
        foreach (var (name, value) in arguments)
        {
            if (!properties.TryGetProperty(name, out var property)) continue; // an unknown argument is ignored, as the SDK does
            if (TypeProblem(name, value, Types(property)) is { } problem) return problem;
        }
        return null;
    }

    private static ClientError? TypeProblem(string name, JsonElement value, IReadOnlyCollection<string> types)
    {
        if (value.ValueKind == JsonValueKind.Null) return types.Contains("null") ? null : BadInput(name, $"{name} must not be null");
        if (types.Contains("integer"))
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _) ? null
                : BadInput(name, $"{name} must be a whole number; got {Show(value)}");
        if (types.Contains("string"))
        {
            if (value.ValueKind != JsonValueKind.String) return BadInput(name, $"{name} must be a string; got {Show(value)}");
            var length = value.GetString()!.Length;
            return length > MaxStringArgumentChars
                ? BadInput(name, $"{name} is {length:N0} characters long; at most {MaxStringArgumentChars:N0} are accepted")
                : null;
        }
        return null;
    }

    private static ClientError BadInput(string argument, string message) =>
        new(ErrorCodes.BadUserInput, message, new Dictionary<string, object> { ["argument"] = argument });

    private static List<string> Types(JsonElement property) =>
        !property.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString() ?? "")]
        : [type.GetString() ?? ""];

    // Enough of the value to recognise it, never the whole of a long one.
    private static string Show(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
