using System.ComponentModel;
using System.Text.Json.Serialization;

namespace MechanismGraph.Mcp.Results;

/// <summary>What search_entities returns.</summary>
internal sealed record SearchEntitiesResult(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("total"), Description("How many entities match in all.")] int Total,
    [property: JsonPropertyName("entities"), Description("Matches in id order.")] IReadOnlyList<EntityHit> Entities,
    [property: JsonPropertyName("suggestions"), Description("Close entity names when nothing matches.")] IReadOnlyList<string> Suggestions,
    [property: JsonPropertyName("truncated"), Description("True when matches were left out (page size or max_chars).")] bool Truncated,
    [property: JsonPropertyName("next"), Description("The call that returns the following matches, when truncated.")] NextCall? Next);
