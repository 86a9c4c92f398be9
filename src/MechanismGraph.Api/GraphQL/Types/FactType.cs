using GraphQL.Types;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class FactType : ObjectGraphType<Fact>
{
    public FactType()
    {
        Name = "Fact";
        Description = "A flat, citation-ready statement for chatbots: one relation as a sentence, with its verbatim evidence.";
        Field<NonNullGraphType<EntityType>>("subject").Description("The entity that acts.").Resolve(ctx => ctx.Source.Subject);
        Field<NonNullGraphType<StringGraphType>>("predicate").Description("The predicate id.").Resolve(ctx => ctx.Source.Predicate.Id);
        Field<NonNullGraphType<EntityType>>("object").Description("The entity acted upon.").Resolve(ctx => ctx.Source.Object);
        Field<NonNullGraphType<EffectType>>("sign").Description("The causal direction the document states (UNKNOWN where it gives none).").Resolve(ctx => ctx.Source.Sign);
        Field(f => f.Sentence).Description("The statement as one sentence.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Description("Verbatim quotes supporting it.").Resolve(ctx => ctx.Source.Evidence);
        Field(f => f.Citation).Description("The sentence followed by its first quote, document id and character offsets (for an imported fact: its knowledge source and publications): ready to paste.");
        Field<ProvenanceType>("provenance").Description("For an imported fact: its knowledge source and publications. Null for curated facts.")
            .Resolve(ctx => ctx.Source.Relation.Provenance);
        Field<NonNullGraphType<RelationType>>("relation").Description("The underlying relation.").Resolve(ctx => ctx.Source.Relation);
    }
}
