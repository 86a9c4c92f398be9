using GraphQL.Types;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class ContextTermType : ObjectGraphType<ContextTerm>
{
    public ContextTermType(ReasoningServices reasoning)
    {
        Name = "ContextTerm";
        Description = "One piece of typed biological context: a cell type, anatomical location or cellular component, itself an entity of the graph.";
        Field<NonNullGraphType<ContextKindType>>("kind").Description("What kind of context it is.").Resolve(ctx => ctx.Source.Kind);
        Field(c => c.EntityId).Description("The id of the entity naming the context, e.g. `gabaergic-interneuron`.");
        Field<NonNullGraphType<EntityType>>("entity").Description("The entity naming the context, with its CURIEs (e.g. CL:0011005).")
            .ResolveAsync(async ctx => (await reasoning.Lookup.EntitiesAsync([ctx.Source.EntityId], ctx.CancellationToken)).Single());
    }
}
