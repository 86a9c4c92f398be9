using GraphQL.Types;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class PathwaySearchType : ObjectGraphType<PathwaySearchResult>
{
    public PathwaySearchType()
    {
        Name = "PathwaySearch";
        Description = "The answer of `pathwaySearch`: the same pathways as `pathways`, with whether the search that found them was complete.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathwayType>>>>("pathways")
            .Description("Best first: fully mechanistic before indirect, then fewer steps, then more evidence.").Resolve(ctx => ctx.Source.Pathways);
        Field<NonNullGraphType<BooleanGraphType>>("searchComplete")
            .Description("True when the search finished: the pathways are the best within the bounds, and none means there is none. False when it stopped at its work bound: these are the pathways found so far, best first, and others may exist (lower maxHops, or restrict predicates).")
            .Resolve(ctx => ctx.Source.SearchComplete);
    }
}
