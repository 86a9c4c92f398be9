using System.ComponentModel;
using System.Text.Json.Serialization;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Mcp.Results;

/// <summary>A causal chain from cause to effect, its steps in order and its net effect.</summary>
internal sealed record PathwayItem(
    [property: JsonPropertyName("rank")] int Rank,
    [property: JsonPropertyName("length"), Description("Number of steps.")] int Length,
    [property: JsonPropertyName("net_effect"), Description("The product of the steps' signs: increases, decreases, unknown or none.")] string NetEffect,
    [property: JsonPropertyName("score"), Description("Mean evidence quotes per step, halved per indirect step.")] double Score,
    [property: JsonPropertyName("indirect_steps"), Description("Steps that are the document's summary claims rather than mechanism.")] int IndirectSteps,
    [property: JsonPropertyName("summary"), Description("The chain as one sentence ending with its net effect.")] string Summary,
    [property: JsonPropertyName("entities"), Description("The entities passed through, cause first.")] IReadOnlyList<EntityRef> Entities,
    [property: JsonPropertyName("steps")] IReadOnlyList<RelationItem> Steps)
{
    [JsonPropertyName("inferred_steps"), Description("Steps the curator inferred rather than read in a sentence; fully stated chains rank first among equally mechanistic ones.")]
    public int InferredSteps { get; init; }

    public static PathwayItem Of(Pathway pathway, int rank) => new(
        rank, pathway.Length, pathway.NetEffect.ToWord(), pathway.Score, pathway.IndirectSteps, pathway.Summary,
        pathway.Entities.Select(EntityRef.Of).ToArray(), pathway.Steps.Select(RelationItem.Of).ToArray())
    {
        InferredSteps = pathway.InferredSteps,
    };
}
