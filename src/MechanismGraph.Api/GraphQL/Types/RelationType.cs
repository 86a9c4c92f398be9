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
        Field<AspectType>("subjectAspect").Description("What about the subject acts, where the document says so (e.g. ACTIVITY for \"the activation of AMPA receptors\"); null otherwise.")
            .Resolve(ctx => ctx.Source.Relation.SubjectAspect);
        Field<AspectType>("objectAspect").Description("What about the object changes (e.g. ACTIVITY for a receptor, ABUNDANCE for a level); null when the object is itself a process or state.")
            .Resolve(ctx => ctx.Source.Relation.ObjectAspect);
        Field<EffectType>("subjectChange").Description("The change in the subject the document makes the link depend on (\"too much glutamate\": INCREASES); null when it states none.")
            .Resolve(ctx => ctx.Source.Relation.SubjectChange);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContextTermType>>>>("context")
            .Description("Where the link itself holds, as typed context; empty when the document names none.").Resolve(ctx => ctx.Source.Relation.Context);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContextTermType>>>>("subjectContext")
            .Description("The context the subject holds in: a context-specific subject's own (e.g. cell type: GABAergic interneuron) and the link's.").Resolve(ctx => ctx.Source.SubjectContext);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContextTermType>>>>("objectContext")
            .Description("The context the object holds in: a context-specific object's own and the link's.").Resolve(ctx => ctx.Source.ObjectContext);
        Field<NonNullGraphType<KnowledgeLevelType>>("knowledgeLevel")
            .Description("How the link is known: KNOWLEDGE_ASSERTION when its quotes state it; LOGICAL_ENTAILMENT or PREDICTION when the curator inferred it (see `inferenceReason`).")
            .Resolve(ctx => ctx.Source.Knowledge.Level);
        Field<NonNullGraphType<AgentTypeType>>("agentType").Description("Who made the statement: MANUAL_AGENT for curated links, NOT_PROVIDED for most imported ones.")
            .Resolve(ctx => ctx.Source.Knowledge.Agent);
        Field<NonNullGraphType<BooleanGraphType>>("inferred")
            .Description("True when the link is an inference rather than the document's statement; among equally mechanistic pathways, those with an inferred step rank after fully stated ones.")
            .Resolve(ctx => ctx.Source.Knowledge.IsInferred);
        Field<StringGraphType>("inferenceReason").Description("For an inferred link, the curator's reason for drawing it from the quoted sentences; null when stated.")
            .Resolve(ctx => ctx.Source.Knowledge.InferenceReason);
        Field<StringGraphType>("note").Description("The curator's reason for reading the text this way, where one is needed.").Resolve(ctx => ctx.Source.Relation.Note);
    }
}
