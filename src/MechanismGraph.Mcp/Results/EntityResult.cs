using System.ComponentModel;
using System.Text.Json.Serialization;

namespace MechanismGraph.Mcp.Results;

/// <summary>What get_entity returns.</summary>
internal sealed record EntityResult(
    [property: JsonPropertyName("entity")] EntityInfo Entity,
    [property: JsonPropertyName("relations"), Description("Its direct relations: where it is the subject (by id), then where it is the object.")] IReadOnlyList<RelationItem> Relations,
    [property: JsonPropertyName("truncated")] bool Truncated,
    [property: JsonPropertyName("next"), Description("The get_facts call that lists the relations left out.")] NextCall? Next);
