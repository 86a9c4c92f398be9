using GraphQL.Types;
using MechanismGraph.Model;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class PredicateInfoType : ObjectGraphType<Predicate>
{
    public PredicateInfoType()
    {
        Name = "PredicateInfo";
        Description = "A relation type of the vocabulary: its causal sign, its English and its Biolink mapping.";
        Field(p => p.Id).Description("The predicate id used in relations, e.g. `blocks`.");
        Field<NonNullGraphType<EffectType>>("sign").Description("The causal sign of one step with this predicate.").Resolve(ctx => ctx.Source.Sign);
        Field("causal", p => p.IsCausal).Description("Whether pathways follow this predicate by default (every sign but NONE).");
        Field(p => p.Phrase).Description("Verb phrase for \"subject … object\", e.g. `blocks`.");
        Field(p => p.InversePhrase).Description("Verb phrase for \"object … subject\", e.g. `is blocked by`.");
        Field(p => p.Description).Description("What the predicate means.");
        Field<NonNullGraphType<BiolinkMappingType>>("biolink").Description("How exports write this predicate in the Biolink Model.").Resolve(ctx => ctx.Source.Biolink);
    }
}
