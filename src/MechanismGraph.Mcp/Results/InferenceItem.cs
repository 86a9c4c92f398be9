using System.ComponentModel;
using System.Text.Json.Serialization;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Mcp.Results;

/// <summary>A conclusion the service drew by a rule over signs: never a document's statement.</summary>
internal sealed record InferenceItem(
    [property: JsonPropertyName("rule"), Description("opposing influences (the cause counteracts the condition) or concordant influences.")] string Rule,
    [property: JsonPropertyName("statement")] string Statement,
    [property: JsonPropertyName("conclusion"), Description("The cause's inferred effect on the condition: decreases when it counteracts it.")] string Conclusion,
    [property: JsonPropertyName("via"), Description("The entity the condition and the cause both change.")] EntityRef Via,
    [property: JsonPropertyName("knowledge_level"), Description("Always prediction.")] string KnowledgeLevel,
    [property: JsonPropertyName("agent_type"), Description("Always computational_model: the service drew it.")] string AgentType,
    [property: JsonPropertyName("reason")] string Reason)
{
    public static InferenceItem Of(ServiceInference inference) => new(
        inference.Rule, inference.Statement, inference.Conclusion.ToWord(), EntityRef.Of(inference.Via),
        Notation.SnakeCase(inference.Knowledge.Level.ToString()), Notation.SnakeCase(inference.Knowledge.Agent.ToString()),
        inference.Knowledge.InferenceReason ?? "");
}
