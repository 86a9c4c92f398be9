using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MechanismGraph.Reasoning;
using ModelContextProtocol.Protocol;

namespace MechanismGraph.Mcp.Rendering;

/// <summary>Turns a result record and its text rendering, or a failure, into the MCP tool result.</summary>
internal static class ToolOutput
{
    /// <summary>The serializer of structured content and of the output schemas (so the two always agree).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        // Quotes keep their typographic characters rather than \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static CallToolResult Success<T>(T structured, string text) => new()
    {
        Content = [new TextContentBlock { Text = text }],
        StructuredContent = JsonSerializer.SerializeToElement(structured, Json),
    };

    /// <summary>
    /// A tool error the model can act on: the same code, message and details (suggestions, candidates, argument) as a
    /// GraphQL error's extensions, as JSON text.
    /// </summary>
    public static CallToolResult Error(ClientError e)
    {
        var payload = new Dictionary<string, object> { ["code"] = e.Code.Name, ["message"] = e.Message };
        foreach (var (key, value) in e.Details) payload[key] = value;
        return new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = JsonSerializer.Serialize(payload, Json) }] };
    }
}
