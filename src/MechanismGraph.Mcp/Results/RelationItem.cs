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
    public static RelationItem Of(RelationView view) => new(
        view.Id, EntityRef.Of(view.Subject), view.Predicate.Id, EntityRef.Of(view.Object), view.Sign.ToWord(), view.Sentence,
        new Fact(view).Citation, view.Evidence.Select(EvidenceItem.Of).ToArray(), view.Provenance?.ToString());
}
