using GraphQL;
using GraphQL.Types;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class QueryType : ObjectGraphType
{
    public QueryType(ReasoningServices reasoning)
    {
        Name = "Query";
        Description = "Trace pathways, explain effects and read citation-ready facts of the curated mechanism graph.";

        Field<EntityType>("entity")
            .Description("One entity by id, name, alias or CURIE (case-insensitive). Unknown → error NOT_FOUND with suggestions; several matches → AMBIGUOUS.")
            .Argument<NonNullGraphType<StringGraphType>>("ref", "An id (`nmda-receptor`), name (`NMDA receptor`), alias (`NMDAR`) or CURIE (`GO:0017146`).")
            .ResolveAsync(async ctx => await reasoning.Resolver.ResolveAsync(ctx.GetArgument<string>("ref"), "ref", ctx.CancellationToken));

        Field<NonNullGraphType<ConnectionType<EntityType, Entity>>>("entities")
            .Description("Entities in id order, optionally filtered; paginate with `first` and `after`.")
            .Argument<StringGraphType>("search", "Case-insensitive text found in the id, name, an alias or a CURIE.")
            .Argument<StringGraphType>("kind", "Only entities of this kind (see `kinds`), case-insensitive.")
            .Argument<IntGraphType>("first", $"Page size, 1–{QueryLimits.MaxFirst} (default {QueryLimits.DefaultFirst}).")
            .Argument<StringGraphType>("after", "Return items after this cursor (`pageInfo.endCursor` of the previous page).")
            .ResolveAsync(async ctx =>
            {
                var first = QueryLimits.First(ctx.GetArgument<int?>("first"));
                var after = Cursor.Decode("entity", ctx.GetArgument<string?>("after"));
                var page = await reasoning.Store.SearchEntitiesAsync(
                    new EntitySearch(ctx.GetArgument<string?>("search"), ctx.GetArgument<string?>("kind"), after, first), ctx.CancellationToken);
                return ToConnection(page, "entity", e => e.Id);
            });

        Field<NonNullGraphType<ConnectionType<RelationType, RelationView>>>("relations")
            .Description("Relations in id order, optionally filtered by subject, object and predicate; paginate with `first` and `after`.")
            .Argument<StringGraphType>("subject", "Only relations whose subject is this entity (id, name, alias or CURIE).")
            .Argument<StringGraphType>("object", "Only relations whose object is this entity (id, name, alias or CURIE).")
            .Argument<StringGraphType>("predicate", "Only relations with this predicate id (see `predicates`).")
            .Argument<IntGraphType>("first", $"Page size, 1–{QueryLimits.MaxFirst} (default {QueryLimits.DefaultFirst}).")
            .Argument<StringGraphType>("after", "Return items after this cursor (`pageInfo.endCursor` of the previous page).")
            .ResolveAsync(async ctx =>
            {
                var first = QueryLimits.First(ctx.GetArgument<int?>("first"));
                var after = Cursor.Decode("relation", ctx.GetArgument<string?>("after"));
                var subject = await ResolveOptional(reasoning, ctx.GetArgument<string?>("subject"), "subject", ctx.CancellationToken);
                var @object = await ResolveOptional(reasoning, ctx.GetArgument<string?>("object"), "object", ctx.CancellationToken);
                var predicate = ctx.GetArgument<string?>("predicate");
                if (predicate is not null) await reasoning.Pathways.PredicatesAsync([predicate], ctx.CancellationToken); // unknown → BAD_USER_INPUT
                var page = await reasoning.Store.QueryRelationsAsync(new RelationFilter(subject, @object, predicate, after, first), ctx.CancellationToken);
                var views = await reasoning.Views.ExpandAsync(page.Items, ctx.CancellationToken);
                return ToConnection(new Page<RelationView>(views, page.HasNextPage, page.TotalCount), "relation", r => r.Id);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathwayType>>>>("pathways")
            .Description("Directed causal pathways from one entity to another, best first: fully mechanistic before indirect, then fewer steps, then more evidence. Bounded in hops, results and work.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "The cause: id, name, alias or CURIE.")
            .Argument<NonNullGraphType<StringGraphType>>("to", "The effect: id, name, alias or CURIE.")
            .Argument<IntGraphType>("maxHops", $"Longest pathway considered, 1–{QueryLimits.MaxHops} steps (default {QueryLimits.DefaultPathHops}).")
            .Argument<IntGraphType>("limit", $"Pathways returned, 1–{QueryLimits.MaxLimit} (default {QueryLimits.DefaultLimit}).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("predicates", "Only follow these predicate ids (default: every causal predicate; name a non-causal one such as `binds` to include it).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("avoid", "Entities no pathway may pass through (ids, names, aliases or CURIEs).")
            .ResolveAsync(async ctx =>
            {
                var options = new PathwayOptions(ctx.GetArgument<int?>("maxHops"), ctx.GetArgument<int?>("limit"),
                    ctx.GetArgument<List<string>?>("predicates"), ctx.GetArgument<List<string>?>("avoid"));
                var result = await reasoning.Pathways.FindAsync(ctx.GetArgument<string>("from"), ctx.GetArgument<string>("to"), options, ctx.CancellationToken);
                if (result.Truncated) Warn(ctx, $"pathways: the search stopped at its work bound ({QueryLimits.MaxPathExpansions:N0} expansions); lower maxHops or add predicates/avoid for complete results");
                return result.Pathways;
            });

        Field<NonNullGraphType<ExplanationType>>("explain")
            .Description("Why an effect happens: the best pathways from the cause (or, without one, from the upstream roots) and a narrative citing verbatim evidence as [1], [2]…")
            .Argument<NonNullGraphType<StringGraphType>>("effect", "The effect to explain: id, name, alias or CURIE.")
            .Argument<StringGraphType>("cause", "The cause to start from; omit to use the strongest upstream chains.")
            .Argument<IntGraphType>("maxHops", $"Longest pathway considered, 1–{QueryLimits.MaxHops} steps (default {QueryLimits.DefaultPathHops}).")
            .ResolveAsync(async ctx => await reasoning.Explainer.ExplainAsync(
                ctx.GetArgument<string>("effect"), ctx.GetArgument<string?>("cause"), ctx.GetArgument<int?>("maxHops"), ctx.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InfluenceType>>>>("effects")
            .Description("Everything downstream of an entity along causal relations, nearest first, each with the net sign of the best pathway to it.")
            .Argument<NonNullGraphType<StringGraphType>>("of", "The cause: id, name, alias or CURIE.")
            .Argument<IntGraphType>("maxHops", $"How far downstream, 1–{QueryLimits.MaxHops} steps (default {QueryLimits.DefaultInfluenceHops}).")
            .ResolveAsync(async ctx => Influences(ctx, await reasoning.Influences.EffectsAsync(ctx.GetArgument<string>("of"), ctx.GetArgument<int?>("maxHops"), ctx.CancellationToken)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InfluenceType>>>>("causes")
            .Description("Everything upstream of an entity along causal relations, nearest first, each with the net sign of the best pathway from it.")
            .Argument<NonNullGraphType<StringGraphType>>("of", "The effect: id, name, alias or CURIE.")
            .Argument<IntGraphType>("maxHops", $"How far upstream, 1–{QueryLimits.MaxHops} steps (default {QueryLimits.DefaultInfluenceHops}).")
            .ResolveAsync(async ctx => Influences(ctx, await reasoning.Influences.CausesAsync(ctx.GetArgument<string>("of"), ctx.GetArgument<int?>("maxHops"), ctx.CancellationToken)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("facts")
            .Description("Flat, citation-ready statements: about one entity (relations where it is subject, then object) or, without `about`, the whole graph in id order.")
            .Argument<StringGraphType>("about", "The entity the facts are about: id, name, alias or CURIE.")
            .Argument<IntGraphType>("first", $"Facts returned, 1–{QueryLimits.MaxFirst} (default {QueryLimits.DefaultFirst}).")
            .ResolveAsync(async ctx => await reasoning.Facts.FactsAsync(ctx.GetArgument<string?>("about"), ctx.GetArgument<int?>("first"), ctx.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Description("The source documents, in id order.")
            .ResolveAsync(async ctx => await reasoning.Store.DocumentsAsync(ctx.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PredicateInfoType>>>>("predicates")
            .Description("The predicate vocabulary: signs, phrases and Biolink mappings, in id order.")
            .ResolveAsync(async ctx => await reasoning.Store.PredicatesAsync(ctx.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityKindType>>>>("kinds")
            .Description("The kinds of entity, with their Biolink categories, in id order.")
            .ResolveAsync(async ctx => await reasoning.Store.KindsAsync(ctx.CancellationToken));

        Field<NonNullGraphType<GraphStatsType>>("stats")
            .Description("How much the graph holds and which store serves it.")
            .ResolveAsync(async ctx => new GraphStats(reasoning.Store.Name, await reasoning.Store.CountsAsync(ctx.CancellationToken)));
    }

    private static async Task<string?> ResolveOptional(ReasoningServices reasoning, string? reference, string argument, CancellationToken ct) =>
        reference is null ? null : (await reasoning.Resolver.ResolveAsync(reference, argument, ct)).Id;

    private static Connection<T> ToConnection<T>(Page<T> page, string kind, Func<T, string> id)
    {
        var edges = page.Items.Select(item => new Edge<T>(Cursor.Encode(kind, id(item)), item)).ToArray();
        return new Connection<T>(edges, new PageInfo(page.HasNextPage, edges.LastOrDefault()?.Cursor), page.TotalCount);
    }

    private static IReadOnlyList<Influence> Influences(IResolveFieldContext ctx, InfluenceResult result)
    {
        if (result.Truncated) Warn(ctx, $"{ctx.FieldDefinition.Name}: the traversal stopped at {QueryLimits.MaxInfluenceEntities:N0} entities; lower maxHops for complete results");
        return result.Influences;
    }

    // Partial results are still answers; the response's extensions.warnings says what was cut.
    private static void Warn(IResolveFieldContext ctx, string warning)
    {
        lock (ctx.OutputExtensions)
        {
            var warnings = ctx.GetOutputExtension("warnings") as List<string> ?? [];
            warnings.Add(warning);
            ctx.SetOutputExtension("warnings", warnings);
        }
    }
}
