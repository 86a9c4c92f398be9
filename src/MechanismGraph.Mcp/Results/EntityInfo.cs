using System.ComponentModel;
using System.Text.Json.Serialization;
using MechanismGraph.Model;

namespace MechanismGraph.Mcp.Results;

/// <summary>An entity with what grounds it: kind, aliases and standard identifiers.</summary>
internal sealed record EntityInfo(
    [property: JsonPropertyName("id"), Description("Stable id; pass it to the other tools.")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases,
    [property: JsonPropertyName("xrefs"), Description("Standard identifiers as CURIEs, most specific first.")] IReadOnlyList<string> Xrefs,
    [property: JsonPropertyName("description")] string Description)
{
    public static EntityInfo Of(Entity entity) => new(entity.Id, entity.Name, entity.Kind, entity.Aliases, entity.Xrefs, entity.Description);
}
