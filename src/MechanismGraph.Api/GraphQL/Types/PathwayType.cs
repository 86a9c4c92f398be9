using GraphQL.Types;
using MechanismGraph.Reasoning;
using MechanismGraph.Reasoning.Diagrams;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class PathwayType : ObjectGraphType<Pathway>
{
    public PathwayType()
    {
        Name = "Pathway";
        Description = "A directed causal chain from a cause to an effect, with the net effect of the whole chain.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("entities")
            .Description("The entities passed through, cause first, effect last (length + 1 of them).").Resolve(ctx => ctx.Source.Entities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>("steps")
            .Description("The relations in order; step i links entities i and i+1.").Resolve(ctx => ctx.Source.Steps);
        Field(p => p.Length).Description("Number of steps.");
        Field<NonNullGraphType<EffectType>>("netEffect")
            .Description("The composed sign: the product of the steps' signs; UNKNOWN if any step is unknown.").Resolve(ctx => ctx.Source.NetEffect);
        Field(p => p.Score).Description("Support: mean evidence quotes per step, halved for each indirect step. Ranking is by indirect steps, then inferred steps, then known before unknown direction, then length, then evidence.");
        Field(p => p.EvidenceCount).Description("Evidence quotes over all steps.");
        Field(p => p.IndirectSteps).Description("Steps that are indirect (summary) relations; 0 for a fully mechanistic chain.");
        Field(p => p.InferredSteps).Description("Steps the curator inferred rather than read in a sentence; among equally mechanistic pathways, fully stated ones (0) rank first.");
        Field(p => p.Summary).Description("The chain as one English sentence ending with its net effect.");
        Field<NonNullGraphType<StringGraphType>>("mermaid")
            .Description("The pathway as a Mermaid flowchart (left to right), ready for a ```mermaid block in Markdown: arrows labelled with the predicate; green increases, red decreases (cross head), grey dotted unknown; node shape and colour by kind.")
            .Resolve(ctx => MermaidWriter.Pathway(ctx.Source));
        Field<NonNullGraphType<StringGraphType>>("dot")
            .Description("The pathway as a Graphviz DOT digraph (left to right), for `dot -Tsvg`: arrows labelled with the predicate; green increases, red decreases (tee head), grey dashed unknown; node shape and colour by kind; each arrow's tooltip is its sentence.")
            .Resolve(ctx => DotWriter.Pathway(ctx.Source));
    }
}
