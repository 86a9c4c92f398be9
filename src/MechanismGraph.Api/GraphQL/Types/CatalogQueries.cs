using GraphQL.Types;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>What the graph holds: <c>documents</c>, <c>predicates</c>, <c>kinds</c>, <c>stats</c>.</summary>
internal static class CatalogQueries
{
    public static void Add(ObjectGraphType query, ReasoningServices reasoning)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Description("The source documents, in id order.")
            .ResolveAsync(async ctx => await reasoning.Lookup.DocumentsAsync(ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PredicateInfoType>>>>("predicates")
            .Description("The predicate vocabulary: signs, phrases and Biolink mappings, in id order.")
            .ResolveAsync(async ctx => await reasoning.Lookup.PredicatesAsync(ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityKindType>>>>("kinds")
            .Description("The kinds of entity, with their Biolink categories, in id order.")
            .ResolveAsync(async ctx => await reasoning.Lookup.KindsAsync(ctx.CancellationToken));

        query.Field<NonNullGraphType<GraphStatsType>>("stats")
            .Description("How much the graph holds and which store serves it.")
            .ResolveAsync(async ctx => new GraphStats(reasoning.Lookup.StoreName, await reasoning.Lookup.CountsAsync(ctx.CancellationToken)));
    }
}
