using GraphQL.Types;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class EntityContextType : ObjectGraphType<EntityContext>
{
    public EntityContextType(ReasoningServices reasoning)
    {
        Name = "EntityContext";
        Description = "What makes a context-specific entity specific: the general entity it is a form of, and where. Pathways never cross between the two.";
        Field<NonNullGraphType<EntityType>>("general").Description("The context-free entity, linked by a non-causal `specialises` relation that pathways do not follow.")
            .ResolveAsync(async ctx => (await reasoning.Lookup.EntitiesAsync([ctx.Source.GeneralId], ctx.CancellationToken)).Single());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContextTermType>>>>("terms").Description("The typed context, e.g. cell type: GABAergic interneuron.")
            .Resolve(ctx => ctx.Source.Terms);
    }
}
