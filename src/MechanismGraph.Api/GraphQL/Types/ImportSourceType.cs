using GraphQL.Types;
using MechanismGraph.Import;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class ImportSourceType : ObjectGraphType<ImportSource>
{
    public ImportSourceType()
    {
        Name = "ImportSource";
        Description = "One KGX import the running graph was built from (Graph:Imports), and what its import report says.";
        Field(s => s.Index).Description("Its position among the configured imports (`Graph:Imports:N`).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("files").Description("The files read: mapping tables, nodes, edges.").Resolve(ctx => ctx.Source.Files);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountedNameType>>>>("knowledgeSources")
            .Description("The primary knowledge sources of the imported relations, with their relation counts.")
            .Resolve(ctx => ctx.Source.Report.KnowledgeSources.Select(kv => new CountedName(kv.Key, kv.Value)));
        Field("nodes", s => s.Report.Nodes).Description("Entities the import added (equivalent node rows count once).");
        Field("edges", s => s.Report.Edges).Description("Relations the import added.");
        Field("mergedNodes", s => s.Report.MergedNodes).Description("Node rows folded into a curated or an equivalent entity.");
        Field("createdNodes", s => s.Report.CreatedNodes).Description("Edge ends no nodes file listed, created as biolink:NamedThing.");
        Field("duplicateRows", s => s.Report.DuplicateRows).Description("Rows identical to an earlier one, merged silently.");
        Field("skipped", s => s.Report.Skipped).Description("Bad rows skipped (SkipInvalid).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("firstSkipped")
            .Description("The first skipped rows, as `file:line: reason`.").Resolve(ctx => ctx.Source.Report.Problems.Take(10).Select(p => p.ToString()));
        Field("warnings", s => s.Report.WarningCount).Description("Warnings: conflicting duplicates merged, nodes created, joins refused.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("firstWarnings")
            .Description("The first warnings, as `file:line: what`.").Resolve(ctx => ctx.Source.Report.Warnings.Take(10).Select(p => p.ToString()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountedNameType>>>>("predicatesOutsideBiolink")
            .Description("Predicates the Biolink Model does not define (kept verbatim, not causal unless mapped), with their relation counts.")
            .Resolve(ctx => ctx.Source.Report.NonBiolinkPredicates.Select(kv => new CountedName(kv.Key, kv.Value)));
    }
}
