using GraphQL;
using GraphQL.Types;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class NeighbourhoodType : ObjectGraphType<Neighbourhood>
{
    public NeighbourhoodType()
    {
        Name = "Neighbourhood";
        Description = "Everything downstream or upstream of an entity, summarised before it is drawn: counts over every entity reached, and the entities passing the filters, most relevant first.";
        Field<NonNullGraphType<EntityType>>("of").Description("The entity whose neighbourhood this is.").Resolve(ctx => ctx.Source.Of);
        Field(n => n.Reached).Description("Entities reached within maxHops, before filters.");
        Field(n => n.Complete).Description($"False when the traversal stopped at {QueryLimits.MaxInfluenceEntities:N0} entities: the counts are then lower bounds (lower maxHops for complete ones).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountedNameType>>>>("byKind")
            .Description("Entities reached, by kind, largest first.").Resolve(ctx => Named(ctx.Source.ByKind));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountedNameType>>>>("bySign")
            .Description("Entities reached, by net sign along the best pathway (INCREASES, DECREASES, UNKNOWN, NONE; ASSOCIATION when that pathway passes through an association, which states no effect), largest first.").Resolve(ctx => Named(ctx.Source.BySign));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountedNameType>>>>("byFamily")
            .Description("Entities reached, by the family of the predicate of the step that reaches them: `causal`, `association` or `other`.").Resolve(ctx => Named(ctx.Source.ByFamily));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountedNameType>>>>("bySource")
            .Description("Entities reached, by the source of the step that reaches them: an imported knowledge source (`infores:…`) or the id of the curated document quoted.").Resolve(ctx => Named(ctx.Source.BySource));
        Field<IntGraphType>("matching").Description("Entities passing the filters (all reached when none is given).")
            .Type(new NonNullGraphType(new IntGraphType())).Resolve(ctx => ctx.Source.Ranked.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InfluenceType>>>>("top")
            .Description("The entities passing the filters, most relevant first: fewest steps, then most evidence (quotes and publications), then most curated steps, then a known net direction before an unknown one, then name.")
            .Argument<IntGraphType>("first", $"Entities returned, 1–{QueryLimits.MaxFirst} (default {QueryLimits.DefaultFirst}).")
            .Argument<IntGraphType>("offset", $"Entities skipped first, 0–{QueryLimits.MaxInfluenceEntities} (default 0): `show more`.")
            .Resolve(ctx =>
            {
                var first = QueryLimits.First(ctx.GetArgument<int?>("first"));
                var offset = ctx.GetArgument<int?>("offset") ?? 0;
                if (offset is < 0 or > QueryLimits.MaxInfluenceEntities)
                    throw MechanismGraphException.BadInput("offset", $"offset must be between 0 and {QueryLimits.MaxInfluenceEntities}; got {offset}");
                return ctx.Source.Ranked.Skip(offset).Take(first);
            });
    }

    private static IEnumerable<CountedName> Named(IEnumerable<FacetCount> counts) => counts.Select(c => new CountedName(c.Name, c.Count));
}
