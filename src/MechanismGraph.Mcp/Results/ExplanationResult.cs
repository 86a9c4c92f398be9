using System.ComponentModel;
using System.Text.Json.Serialization;

namespace MechanismGraph.Mcp.Results;

/// <summary>What explain_effect returns.</summary>
internal sealed record ExplanationResult(
    [property: JsonPropertyName("effect")] EntityRef Effect,
    [property: JsonPropertyName("cause"), Description("The cause asked about; null when the explanation starts from upstream roots.")] EntityRef? Cause,
    [property: JsonPropertyName("narrative"), Description("A short paragraph; [n] cites citations[n-1].")] string Narrative,
    [property: JsonPropertyName("citations")] IReadOnlyList<NumberedCitation> Citations,
    [property: JsonPropertyName("pathway_summaries"), Description("The pathways narrated, best first, each as one sentence.")] IReadOnlyList<string> PathwaySummaries,
    [property: JsonPropertyName("truncated"), Description("True when citations were left out to stay within max_chars.")] bool Truncated,
    [property: JsonPropertyName("next")] NextCall? Next)
{
    [JsonPropertyName("heading"), Description("The narrative's opening, following the net sign, e.g. \"How ketamine reduces chronic pain\".")]
    public string Heading { get; init; } = "";

    [JsonPropertyName("net_effect"), Description("The direction the heading states (increases, decreases, unknown); absent when the pathways differ or none was found.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NetEffect { get; init; }

    [JsonPropertyName("inferences"), Description("Conclusions the service drew itself (knowledge_level prediction, agent_type computational_model), never a document's statement.")]
    public IReadOnlyList<InferenceItem> Inferences { get; init; } = [];
}
