using System.Text.Json.Serialization;
using MechanismGraph.Model;

namespace MechanismGraph.Mcp.Results;

/// <summary>An entity named by id and display name.</summary>
internal sealed record EntityRef(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name)
{
    public static EntityRef Of(Entity entity) => new(entity.Id, entity.Name);
}
