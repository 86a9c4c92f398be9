using System.Text.Json.Serialization;

namespace MechanismGraph.Model;

/// <summary>How a relation is known: Biolink knowledge level and agent type, and the reason when it is an inference.</summary>
/// <param name="InferenceReason">Why the curator (or the service) draws it, when it is not stated as such; null when stated.</param>
public sealed record Knowledge(KnowledgeLevel Level, AgentType Agent, string? InferenceReason = null)
{
    /// <summary>A curated relation the document's sentence states.</summary>
    public static Knowledge Stated { get; } = new(KnowledgeLevel.KnowledgeAssertion, AgentType.ManualAgent);

    /// <summary>An imported relation whose source gives no knowledge level.</summary>
    public static Knowledge NotProvided { get; } = new(KnowledgeLevel.NotProvided, AgentType.NotProvided);

    /// <summary>True when the statement is an inference (entailment or prediction) rather than a stated or observed fact.</summary>
    [JsonIgnore] // derived: not part of the content hash
    public bool IsInferred => Level is KnowledgeLevel.LogicalEntailment or KnowledgeLevel.Prediction;
}
