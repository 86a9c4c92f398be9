using System.ComponentModel;
using System.Text.Json.Serialization;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Mcp.Results;

/// <summary>One relation as a citable statement: its ends, sign, sentence and verbatim evidence.</summary>
internal sealed record RelationItem(
    [property: JsonPropertyName("relation_id")] string RelationId,
    [property: JsonPropertyName("subject")] EntityRef Subject,
    [property: JsonPropertyName("predicate")] string Predicate,
    [property: JsonPropertyName("object")] EntityRef Object,
    [property: JsonPropertyName("sign"), Description("increases, decreases, unknown (causal, direction not stated) or none (not causal).")] string Sign,
    [property: JsonPropertyName("sentence")] string Sentence,
    [property: JsonPropertyName("citation"), Description("The sentence with its first quote, document id and character offsets: ready to paste.")] string Citation,
    [property: JsonPropertyName("evidence")] IReadOnlyList<EvidenceItem> Evidence,
    [property: JsonPropertyName("source"), Description("For an imported relation without quotes: its knowledge source and publications.")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source = null)
{
    [JsonPropertyName("knowledge_level"), Description("Biolink knowledge_level: knowledge_assertion when the quotes state it; logical_entailment or prediction when inferred (see inference_reason).")]
    public string KnowledgeLevel { get; init; } = "knowledge_assertion";

    [JsonPropertyName("agent_type"), Description("Biolink agent_type: manual_agent for curated relations.")]
    public string AgentType { get; init; } = "manual_agent";

    [JsonPropertyName("inference_reason"), Description("For an inferred relation, the curator's reason; absent when stated.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InferenceReason { get; init; }

    [JsonPropertyName("subject_aspect"), Description("What about the subject acts (activity, abundance, release, signalling…), where the document says so.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SubjectAspect { get; init; }

    [JsonPropertyName("object_aspect"), Description("What about the object changes (activity, abundance, release, signalling…); absent for a process.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ObjectAspect { get; init; }

    [JsonPropertyName("subject_context"), Description("Typed context the subject holds in, e.g. {kind: cell_type, entity: gabaergic-interneuron}.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ContextItem>? SubjectContext { get; init; }

    [JsonPropertyName("object_context"), Description("Typed context the object holds in.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ContextItem>? ObjectContext { get; init; }

    public static RelationItem Of(RelationView view) => new(
        view.Id, EntityRef.Of(view.Subject), view.Predicate.Id, EntityRef.Of(view.Object), view.Sign.ToWord(), view.Sentence,
        new Fact(view).Citation, view.Evidence.Select(EvidenceItem.Of).ToArray(), view.Provenance?.ToString())
    {
        KnowledgeLevel = Notation.SnakeCase(view.Knowledge.Level.ToString()),
        AgentType = Notation.SnakeCase(view.Knowledge.Agent.ToString()),
        InferenceReason = view.Knowledge.InferenceReason,
        SubjectAspect = view.Relation.SubjectAspect?.ToNotation(),
        ObjectAspect = view.Relation.ObjectAspect?.ToNotation(),
        SubjectContext = ContextItem.Of(view.SubjectContext),
        ObjectContext = ContextItem.Of(view.ObjectContext),
    };
}
