using System.Text.Json.Serialization;
using MechanismGraph.Model;

namespace MechanismGraph.Mcp.Results;

/// <summary>One typed context term: its kind (cell_type, anatomical_location, cellular_component) and the entity id naming it.</summary>
internal sealed record ContextItem(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("entity")] string Entity)
{
    /// <summary>The terms, or null when there are none (so the field is left out).</summary>
    public static IReadOnlyList<ContextItem>? Of(IReadOnlyList<ContextTerm> terms) =>
        terms.Count == 0 ? null : terms.Select(t => new ContextItem(Notation.SnakeCase(t.Kind.ToString()), t.EntityId)).ToArray();
}
