using System.ComponentModel;
using System.Text.Json.Serialization;

namespace MechanismGraph.Mcp.Results;

/// <summary>One match of search_entities.</summary>
internal sealed record EntityHit(
    [property: JsonPropertyName("entity")] EntityInfo Entity,
    [property: JsonPropertyName("exact_match"), Description("The query equals its id, name, an alias or a CURIE (ignoring case).")] bool ExactMatch);
