using GraphQL.Types;
using MechanismGraph.Biolink;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class PredicateInfoType : ObjectGraphType<Predicate>
{
    public PredicateInfoType(ReasoningServices reasoning)
    {
        Name = "PredicateInfo";
        Description = "A relation type of the vocabulary: its causal sign, its English and its Biolink mapping.";
        Field(p => p.Id).Description("The predicate id used in relations, e.g. `blocks`.");
        Field<NonNullGraphType<EffectType>>("sign").Description("The causal sign of one step with this predicate.").Resolve(ctx => ctx.Source.Sign);
        Field("causal", p => p.IsCausal).Description("Whether pathways, effects, causes and explain follow this predicate by default.");
        Field(p => p.Phrase).Description("Verb phrase for \"subject … object\", e.g. `blocks`.");
        Field(p => p.InversePhrase).Description("Verb phrase for \"object … subject\", e.g. `is blocked by`.");
        Field(p => p.Description).Description("What the predicate means.");
        Field<NonNullGraphType<BiolinkMappingType>>("biolink").Description("How exports write this predicate in the Biolink Model.").Resolve(ctx => ctx.Source.Biolink);
        Field<NonNullGraphType<BooleanGraphType>>("inBiolink")
            .Description("Whether the Biolink Model defines this predicate's Biolink predicate (false for e.g. `RO:0002434`).")
            .Resolve(ctx => BiolinkModel.Instance.Predicate(ctx.Source.Biolink.Predicate) is not null);
        Field<StringGraphType>("biolinkParent")
            .Description("The Biolink predicate's parent in the model's hierarchy (`is_a`), e.g. `biolink:affects` for `biolink:regulates`; null outside Biolink.")
            .Resolve(ctx => BiolinkModel.Instance.Predicate(ctx.Source.Biolink.Predicate)?.Parent);
        Field<NonNullGraphType<PredicateGroupType>>("group")
            .Description("What the Biolink predicate's ancestry says it is: causal, association, similarity, ontology, location…")
            .Resolve(ctx => BiolinkModel.Instance.GroupOf(ctx.Source.Biolink.Predicate));
        Field<NonNullGraphType<BooleanGraphType>>("symmetric")
            .Description("Whether the Biolink Model declares the predicate symmetric (A–B means B–A).")
            .Resolve(ctx => BiolinkModel.Instance.Predicate(ctx.Source.Biolink.Predicate)?.Symmetric == true);
        Field<StringGraphType>("biolinkInverse")
            .Description("The inverse the Biolink Model declares for the predicate, if any, e.g. `biolink:affected_by`.")
            .Resolve(ctx => BiolinkModel.Instance.Predicate(ctx.Source.Biolink.Predicate)?.Inverse);
        Field<NonNullGraphType<IntGraphType>>("relationCount")
            .Description("How many relations of the graph use this predicate.")
            .ResolveAsync(async ctx => await reasoning.Lookup.RelationCountAsync(ctx.Source.Id, ctx.CancellationToken));
    }
}
