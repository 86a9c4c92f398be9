using GraphQL;
using GraphQL.Types;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>Finding things: <c>entity</c>, <c>entities</c>, <c>relations</c>.</summary>
internal static class LookupQueries
{
    public static void Add(ObjectGraphType query, ReasoningServices reasoning)
    {
        query.Field<EntityType>("entity")
            .Description("One entity by id, name, alias or CURIE (case-insensitive). Unknown → error NOT_FOUND with suggestions; several matches → AMBIGUOUS.")
            .Argument<NonNullGraphType<StringGraphType>>("ref", "An id (`nmda-receptor`), name (`NMDA receptor`), alias (`NMDAR`) or CURIE (`GO:0017146`).")
            .ResolveAsync(async ctx => await reasoning.Resolver.ResolveAsync(ctx.GetArgument<string>("ref"), "ref", ctx.CancellationToken));

        query.Field<NonNullGraphType<ConnectionType<EntityType, Entity>>>("entities")
            .Description("Entities in id order, optionally filtered; paginate with `first` and `after`.")
            .Argument<StringGraphType>("search", "Case-insensitive text found in the id, name, an alias or a CURIE.")
            .Argument<StringGraphType>("kind", "Only entities of this kind (see `kinds`), case-insensitive.")
            .Argument<IntGraphType>("first", $"Page size, 1–{QueryLimits.MaxFirst} (default {QueryLimits.DefaultFirst}).")
            .Argument<StringGraphType>("after", "Return items after this cursor (`pageInfo.endCursor` of the previous page).")
            .ResolveAsync(async ctx =>
            {
                var after = Cursor.Decode("entity", ctx.GetArgument<string?>("after"));
                var found = await reasoning.Lookup.SearchEntitiesAsync(
                    ctx.GetArgument<string?>("search"), ctx.GetArgument<string?>("kind"), after, ctx.GetArgument<int?>("first"), cancellationToken: ctx.CancellationToken);
                return ToConnection(found.Page, "entity", e => e.Id);
            });

        query.Field<NonNullGraphType<ConnectionType<RelationType, RelationView>>>("relations")
            .Description("Relations in id order, optionally filtered by subject, object and predicate; paginate with `first` and `after`.")
            .Argument<StringGraphType>("subject", "Only relations whose subject is this entity (id, name, alias or CURIE).")
            .Argument<StringGraphType>("object", "Only relations whose object is this entity (id, name, alias or CURIE).")
            .Argument<StringGraphType>("predicate", "Only relations with this predicate id (see `predicates`).")
            .Argument<IntGraphType>("first", $"Page size, 1–{QueryLimits.MaxFirst} (default {QueryLimits.DefaultFirst}).")
            .Argument<StringGraphType>("after", "Return items after this cursor (`pageInfo.endCursor` of the previous page).")
            .ResolveAsync(async ctx =>
            {
                var after = Cursor.Decode("relation", ctx.GetArgument<string?>("after"));
                var page = await reasoning.Lookup.RelationsAsync(ctx.GetArgument<string?>("subject"), ctx.GetArgument<string?>("object"),
                    ctx.GetArgument<string?>("predicate"), after, ctx.GetArgument<int?>("first"), ctx.CancellationToken);
                return ToConnection(page, "relation", r => r.Id);
            });
    }

    private static Connection<T> ToConnection<T>(Page<T> page, string kind, Func<T, string> id)
    {
        var edges = page.Items.Select(item => new Edge<T>(Cursor.Encode(kind, id(item)), item)).ToArray();
        return new Connection<T>(edges, new PageInfo(page.HasNextPage, edges.LastOrDefault()?.Cursor), page.TotalCount);
    }
}
