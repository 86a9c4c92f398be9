using GraphQL.Types;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class ServiceInferenceType : ObjectGraphType<ServiceInference>
{
    public ServiceInferenceType()
    {
        Name = "ServiceInference";
        Description = "A conclusion the service draws by a rule over signs, never stated by a document: the condition changes an entity one way, the cause changes it too, and the product of the two signs is the cause's effect on the condition.";
        Field(i => i.Rule).Description("`opposing influences` (the cause changes the shared entity against the condition: it counteracts it) or `concordant influences`.");
        Field(i => i.Statement).Description("The conclusion in words, e.g. \"ketamine counteracts depression\".");
        Field<NonNullGraphType<EffectType>>("conclusion").Description("The cause's inferred effect on the condition: DECREASES when it counteracts it.").Resolve(ctx => ctx.Source.Conclusion);
        Field<NonNullGraphType<EntityType>>("via").Description("The entity both change, e.g. neural connections.").Resolve(ctx => ctx.Source.Via);
        Field<NonNullGraphType<RelationType>>("conditionStep").Description("The document's relation from the condition to `via`, with its quotes.").Resolve(ctx => ctx.Source.ConditionStep);
        Field<NonNullGraphType<PathwayType>>("causePathway").Description("The cause's best signed pathway to `via`.").Resolve(ctx => ctx.Source.CausePathway);
        Field<NonNullGraphType<KnowledgeLevelType>>("knowledgeLevel").Description("Always PREDICTION: an inference, not an assertion.").Resolve(ctx => ctx.Source.Knowledge.Level);
        Field<NonNullGraphType<AgentTypeType>>("agentType").Description("Always COMPUTATIONAL_MODEL: the service drew it.").Resolve(ctx => ctx.Source.Knowledge.Agent);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the rule applies, in words.").Resolve(ctx => ctx.Source.Knowledge.InferenceReason);
    }
}
