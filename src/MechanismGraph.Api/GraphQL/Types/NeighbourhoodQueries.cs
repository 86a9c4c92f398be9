using GraphQL;
using GraphQL.Types;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary><c>neighbourhood</c>: a big neighbourhood summarised and ranked, for readers who cannot take it all in at once.</summary>
internal static class NeighbourhoodQueries
{
    public static void Add(ObjectGraphType query, ReasoningServices reasoning)
    {
        query.Field<NonNullGraphType<NeighbourhoodType>>("neighbourhood")
            .Description("Everything downstream (as `effects`) or upstream (as `causes`) of an entity, summarised: counts by kind, net sign, predicate family and source, and the entities passing the filters, most relevant first.")
            .Argument<NonNullGraphType<StringGraphType>>("of", "The entity: id, name, alias or CURIE.")
            .Argument<ReachType>("reach", "DOWNSTREAM (default) or UPSTREAM.")
            .Argument<IntGraphType>("maxHops", $"How far, 1–{QueryLimits.MaxHops} steps (default {QueryLimits.DefaultInfluenceHops}).")
            .Argument<BooleanGraphType>("includeAssociations", "Also follow association predicates (Biolink group ASSOCIATION), not only causal ones (default false).")
            .Argument<StringGraphType>("kind", "Rank only entities of this kind (see `kinds`), case-insensitive; the counts stay over everything reached.")
            .Argument<EffectType>("sign", "Rank only entities with this net sign (those whose best pathway passes through an association have none: see `bySign`).")
            .Argument<StringGraphType>("source", "Rank only entities reached through this source, as `bySource` names it.")
            .ResolveAsync(async ctx =>
            {
                var request = new NeighbourhoodRequest(ctx.GetArgument<string>("of"), ctx.GetArgument("reach", Direction.Outgoing),
                    ctx.GetArgument<int?>("maxHops"), ctx.GetArgument("includeAssociations", false),
                    ctx.GetArgument<string?>("kind"), ctx.GetArgument<Sign?>("sign"), ctx.GetArgument<string?>("source"));
                var neighbourhood = await reasoning.Neighbourhoods.FindAsync(request, ctx.CancellationToken);
                if (!neighbourhood.Complete)
                    Warnings.Add(ctx, $"neighbourhood: the traversal stopped at {QueryLimits.MaxInfluenceEntities:N0} entities; the counts are lower bounds; lower maxHops for complete ones");
                return neighbourhood;
            });
    }
}
