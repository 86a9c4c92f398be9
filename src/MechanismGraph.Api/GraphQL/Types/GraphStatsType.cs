using GraphQL.Types;
using MechanismGraph.Import;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class GraphStatsType : ObjectGraphType<GraphStats>
{
    public GraphStatsType()
    {
        Name = "GraphStats";
        Description = "How much the graph holds, and where.";
        Field(s => s.Store).Description("The store answering queries: `embedded` or `neo4j`.");
        Field("documents", s => s.Counts.Documents).Description("Source documents.");
        Field("entities", s => s.Counts.Entities).Description("Entities.");
        Field("relations", s => s.Counts.Relations).Description("Relations.");
        Field("evidence", s => s.Counts.Evidence).Description("Evidence quotes over all relations.");
        Field("predicates", s => s.Counts.Predicates).Description("Predicates in the vocabulary.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportSourceType>>>>("sources")
            .Description("The KGX imports loaded at start-up (as the `sources` query lists them); empty for curated data alone.").Resolve(ctx => ctx.Source.Sources);
    }
}

/// <summary>The store's name and counts, for the <c>stats</c> query.</summary>
internal sealed record GraphStats(string Store, GraphCounts Counts, IReadOnlyList<ImportSource> Sources);
