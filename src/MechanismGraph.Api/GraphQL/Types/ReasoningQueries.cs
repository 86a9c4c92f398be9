using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>Reasoning over the graph: <c>pathways</c>, <c>explain</c>, <c>effects</c>, <c>causes</c>, <c>facts</c>.</summary>
internal static class ReasoningQueries
{
    public static void Add(ObjectGraphType query, ReasoningServices reasoning)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathwayType>>>>("pathways")
            .Description("Directed causal pathways from one entity to another, best first: fully mechanistic before indirect, fully stated before those with an inferred step, known direction before unknown, then fewer steps, then more evidence. Bounded in hops, results and work; when the work bound stops the search, the pathways found so far are returned and `extensions.warnings` says so (`pathwaySearch` gives the same answer with `searchComplete`).")
            .PathwayArguments()
            .ResolveAsync(async ctx => (await FindPathwaysAsync(ctx, reasoning)).Pathways);

        query.Field<NonNullGraphType<PathwaySearchType>>("pathwaySearch")
            .Description("The same search as `pathways`, answered with whether it was complete (`searchComplete`): false when the work bound stopped it, and the pathways are then those found so far, best first.")
            .PathwayArguments()
            .ResolveAsync(async ctx => await FindPathwaysAsync(ctx, reasoning));

        query.Field<NonNullGraphType<ExplanationType>>("explain")
            .Description("Why an effect happens: the best pathways from the cause (or, without one, from the upstream roots) and a narrative citing verbatim evidence as [1], [2]…")
            .Argument<NonNullGraphType<StringGraphType>>("effect", "The effect to explain: id, name, alias or CURIE.")
            .Argument<StringGraphType>("cause", "The cause to start from; omit to use the strongest upstream chains.")
            .Argument<IntGraphType>("maxHops", $"Longest pathway considered, 1–{QueryLimits.MaxHops} steps (default {QueryLimits.DefaultPathHops}).")
            .ResolveAsync(async ctx => await reasoning.Explainer.ExplainAsync(
                ctx.GetArgument<string>("effect"), ctx.GetArgument<string?>("cause"), ctx.GetArgument<int?>("maxHops"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InfluenceType>>>>("effects")
            .Description("Everything downstream of an entity along causal relations, nearest first, each with the net sign of the best pathway to it.")
            .Argument<NonNullGraphType<StringGraphType>>("of", "The cause: id, name, alias or CURIE.")
            .Argument<IntGraphType>("maxHops", $"How far downstream, 1–{QueryLimits.MaxHops} steps (default {QueryLimits.DefaultInfluenceHops}).")
            .ResolveAsync(async ctx => Influences(ctx, await reasoning.Influences.EffectsAsync(ctx.GetArgument<string>("of"), ctx.GetArgument<int?>("maxHops"), ctx.CancellationToken)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InfluenceType>>>>("causes")
            .Description("Everything upstream of an entity along causal relations, nearest first, each with the net sign of the best pathway from it.")
            .Argument<NonNullGraphType<StringGraphType>>("of", "The effect: id, name, alias or CURIE.")
            .Argument<IntGraphType>("maxHops", $"How far upstream, 1–{QueryLimits.MaxHops} steps (default {QueryLimits.DefaultInfluenceHops}).")
            .ResolveAsync(async ctx => Influences(ctx, await reasoning.Influences.CausesAsync(ctx.GetArgument<string>("of"), ctx.GetArgument<int?>("maxHops"), ctx.CancellationToken)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("facts")
            .Description("Flat, citation-ready statements: about one entity (relations where it is subject, then object) or, without `about`, the whole graph in id order.")
            .Argument<StringGraphType>("about", "The entity the facts are about: id, name, alias or CURIE.")
            .Argument<IntGraphType>("first", $"Facts returned, 1–{QueryLimits.MaxFirst} (default {QueryLimits.DefaultFirst}).")
            .ResolveAsync(async ctx => await reasoning.Facts.FactsAsync(ctx.GetArgument<string?>("about"), ctx.GetArgument<int?>("first"), ctx.CancellationToken));
    }

    private static FieldBuilder<object?, TReturn> PathwayArguments<TReturn>(this FieldBuilder<object?, TReturn> field) => field
        .Argument<NonNullGraphType<StringGraphType>>("from", "The cause: id, name, alias or CURIE.")
        .Argument<NonNullGraphType<StringGraphType>>("to", "The effect: id, name, alias or CURIE.")
        .Argument<IntGraphType>("maxHops", $"Longest pathway considered, 1–{QueryLimits.MaxHops} steps (default {QueryLimits.DefaultPathHops}).")
        .Argument<IntGraphType>("limit", $"Pathways returned, 1–{QueryLimits.MaxLimit} (default {QueryLimits.DefaultLimit}).")
        .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("predicates", "Only follow these predicate ids (default: every causal predicate; name a non-causal one such as `binds` to include it).")
        .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("avoid", "Entities no pathway may pass through (ids, names, aliases or CURIEs).");

    private static async Task<PathwaySearchResult> FindPathwaysAsync(IResolveFieldContext ctx, ReasoningServices reasoning)
    {
        var options = new PathwayOptions(ctx.GetArgument<int?>("maxHops"), ctx.GetArgument<int?>("limit"),
            ctx.GetArgument<List<string>?>("predicates"), ctx.GetArgument<List<string>?>("avoid"));
        var result = await reasoning.Pathways.FindAsync(ctx.GetArgument<string>("from"), ctx.GetArgument<string>("to"), options, ctx.CancellationToken);
        if (!result.SearchComplete)
            Warnings.Add(ctx, $"{ctx.FieldDefinition.Name}: the search stopped early at its work bound ({reasoning.Pathways.WorkBound:N0} relations scanned); these are the pathways found so far, best first; lower maxHops or restrict predicates for a complete search");
        else if (result.Truncated)
            Warnings.Add(ctx, $"{ctx.FieldDefinition.Name}: only the shortest candidates were ranked, so a pathway beyond them (longer but more mechanistic, or as long with more evidence) may rank higher (raise limit to rank more)");
        return result;
    }

    private static IReadOnlyList<Influence> Influences(IResolveFieldContext ctx, InfluenceResult result)
    {
        if (result.Truncated) Warnings.Add(ctx, $"{ctx.FieldDefinition.Name}: the traversal stopped at {QueryLimits.MaxInfluenceEntities:N0} entities; lower maxHops for complete results");
        return result.Influences;
    }
}
