using System.ComponentModel;
using System.Text.Json.Serialization;

namespace MechanismGraph.Mcp.Results;

/// <summary>The call that continues a bounded answer: a tool name and its arguments.</summary>
internal sealed record NextCall(
    [property: JsonPropertyName("tool")] string Tool,
    [property: JsonPropertyName("arguments"), Description("Arguments to call the tool with, as given.")] IReadOnlyDictionary<string, object> Arguments);
