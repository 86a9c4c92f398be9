using GraphQL.Types;
using MechanismGraph.Reasoning;
using MechanismGraph.Reasoning.Diagrams;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class ExplanationType : ObjectGraphType<Explanation>
{
    public ExplanationType()
    {
        Name = "Explanation";
        Description = "Why an effect happens: the best pathways into it and a short cited narrative.";
        Field<NonNullGraphType<EntityType>>("effect").Description("The entity explained.").Resolve(ctx => ctx.Source.Effect);
        Field<EntityType>("cause").Description("The cause asked about; null when the explanation starts from upstream roots.").Resolve(ctx => ctx.Source.Cause);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathwayType>>>>("pathways")
            .Description("The pathways narrated, best first: the best one and its equally short alternatives (at most 3).").Resolve(ctx => ctx.Source.Pathways);
        Field(e => e.Narrative).Description("A short paragraph built from the pathways' relations; [n] cites `citations[n-1]`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("citations")
            .Description("The evidence cited by the narrative, in the order of its [1], [2]… marks.").Resolve(ctx => ctx.Source.Citations);
        Field<NonNullGraphType<BooleanGraphType>>("searchComplete")
            .Description("False when a path search behind this explanation stopped at its work bound: the narrative says so, and other (even better) pathways may exist. Lower maxHops for a complete search.")
            .Resolve(ctx => ctx.Source.SearchComplete);
        Field<NonNullGraphType<StringGraphType>>("mermaid")
            .Description("All the narrated pathways in one Mermaid flowchart (left to right), each relation once; an arrow's label is its predicate followed by the narrative's citation mark, e.g. `blocks [1]`. Colours and shapes as in `Pathway.mermaid`.")
            .Resolve(ctx => MermaidWriter.Explanation(ctx.Source));
    }
}
