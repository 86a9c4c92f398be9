using System.ComponentModel;
using System.Text.Json.Serialization;

namespace MechanismGraph.Mcp.Results;

/// <summary>What get_facts returns.</summary>
internal sealed record FactsResult(
    [property: JsonPropertyName("about"), Description("The entity the facts are about; null for the whole graph.")] EntityRef? About,
    [property: JsonPropertyName("facts")] IReadOnlyList<RelationItem> Facts,
    [property: JsonPropertyName("truncated"), Description("True when more facts follow (page size or max_chars).")] bool Truncated,
    [property: JsonPropertyName("next"), Description("The call that returns the following facts.")] NextCall? Next);
