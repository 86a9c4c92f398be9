using GraphQL.Types;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class InfluenceType : ObjectGraphType<Influence>
{
    public InfluenceType()
    {
        Name = "Influence";
        Description = "An entity downstream (effects) or upstream (causes) of another, with the net sign along the best pathway between them.";
        Field<NonNullGraphType<EntityType>>("entity").Description("The entity reached.").Resolve(ctx => ctx.Source.Entity);
        Field<NonNullGraphType<EffectType>>("netEffect").Description("The net sign from cause to effect along `pathway`.").Resolve(ctx => ctx.Source.NetEffect);
        Field(i => i.Hops).Description("Steps between the two entities along the shortest causal pathway.");
        Field<NonNullGraphType<PathwayType>>("pathway")
            .Description("The shortest pathway (mechanistic and better-supported first), always read cause → effect.").Resolve(ctx => ctx.Source.Pathway);
    }
}
