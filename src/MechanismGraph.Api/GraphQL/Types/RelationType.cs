using GraphQL.Types;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class RelationType : ObjectGraphType<RelationView>
{
    public RelationType()
    {
        Name = "Relation";
        Description = "A directed link between two entities, stated by a source document and backed by verbatim evidence.";
        Field(r => r.Id).Description("Stable id, conventionally `subject-predicate-object`.");
        Field<NonNullGraphType<EntityType>>("subject").Description("The entity that acts.").Resolve(ctx => ctx.Source.Subject);
        Field<NonNullGraphType<StringGraphType>>("predicate").Description("The predicate id, e.g. `blocks`, `increases`, `affects` (see `predicates`).")
            .Resolve(ctx => ctx.Source.Predicate.Id);
        Field<NonNullGraphType<PredicateInfoType>>("predicateInfo").Description("The predicate's sign, phrases and Biolink mapping.").Resolve(ctx => ctx.Source.Predicate);
        Field<NonNullGraphType<EntityType>>("object").Description("The entity acted upon.").Resolve(ctx => ctx.Source.Object);
        Field<NonNullGraphType<EffectType>>("sign").Description("The causal direction of this single step.").Resolve(ctx => ctx.Source.Sign);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualifierType>>>>("qualifiers")
            .Description("Context the document states for this link: cell type, brain region, dose, precondition, mechanism…")
            .Resolve(ctx => ctx.Source.Relation.Qualifiers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence")
            .Description("Verbatim quotes supporting the link, most direct first: at least one for curated relations, none for imported ones (see `provenance`).")
            .Resolve(ctx => ctx.Source.Evidence);
        Field<ProvenanceType>("provenance").Description("For an imported relation: its knowledge source and publications. Null for curated relations.")
            .Resolve(ctx => ctx.Source.Provenance);
        Field(r => r.Sentence).Description("The link as one English sentence, e.g. \"Ketamine blocks NMDA receptor (…).\"");
        Field<NonNullGraphType<BooleanGraphType>>("indirect")
            .Description("True when the document states this as an overall effect whose steps it spells out elsewhere; pathways using it rank last.")
            .Resolve(ctx => ctx.Source.Relation.Indirect);
        Field<StringGraphType>("note").Description("The curator's reason for reading the text this way, where one is needed.").Resolve(ctx => ctx.Source.Relation.Note);
    }
}
