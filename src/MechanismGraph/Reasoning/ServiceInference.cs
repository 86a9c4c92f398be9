using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>
/// A conclusion the service draws from the curated relations by a rule over signs, not stated by any document:
/// the condition changes <paramref name="Via"/> one way (<paramref name="ConditionStep"/>) and the cause changes it
/// (<paramref name="CausePathway"/>); the product of the two signs is the cause's effect on the condition.
/// </summary>
/// <param name="Conclusion">Decreases: the cause counteracts the condition; Increases: it acts in the condition's direction.</param>
/// <param name="Statement">"ketamine counteracts depression", in words.</param>
public sealed record ServiceInference(Entity Via, RelationView ConditionStep, Pathway CausePathway, Sign Conclusion, string Statement)
{
    /// <summary>"opposing influences" (the cause changes the shared entity against the condition) or "concordant influences".</summary>
    public string Rule => Conclusion == Sign.Decreases ? "opposing influences" : "concordant influences";

    /// <summary>How the conclusion is known: a prediction by the service's rule (Biolink computational_model), never a document's statement.</summary>
    public Knowledge Knowledge => new(KnowledgeLevel.Prediction, AgentType.ComputationalModel,
        $"{Rule} on {Via.Name}: the condition {Sentences.Verb(ConditionStep.Sign)} it and the cause {Sentences.Verb(CausePathway.NetEffect)} it");
}
