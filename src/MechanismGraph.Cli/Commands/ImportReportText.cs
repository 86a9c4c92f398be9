using MechanismGraph.Graph;
using MechanismGraph.Import;

namespace MechanismGraph.Cli.Commands;

/// <summary>The import report as the CLI prints it.</summary>
internal static class ImportReportText
{
    public static void Write(TextWriter output, ImportReport report, KnowledgeGraph graph, TimeSpan elapsed)
    {
        output.WriteLine($"Imported in {elapsed.TotalSeconds:0.00} s (managed heap {GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024):0.0} MB):");
        output.WriteLine($"  nodes: {report.Nodes} imported ({report.CreatedNodes} created for edges, as biolink:NamedThing), {report.MergedNodes} merged into curated or equivalent entities");
        output.WriteLine($"  edges: {report.Edges} imported, {report.MergedEdges} merged into curated relations");
        output.WriteLine($"  duplicates: {report.DuplicateRows} identical row(s) merged; equivalences: {report.Equivalences} joined");
        output.WriteLine($"  skipped: {report.Skipped} bad row(s)");
        foreach (var problem in report.Problems.Take(20)) output.WriteLine($"    {problem}");
        if (report.Skipped > 20) output.WriteLine($"    … and {report.Skipped - 20} more");
        output.WriteLine($"  warnings: {report.WarningCount}");
        foreach (var warning in report.Warnings.Take(20)) output.WriteLine($"    {warning}");
        if (report.WarningCount > 20) output.WriteLine($"    … and {report.WarningCount - 20} more");
        foreach (var (source, count) in report.KnowledgeSources) output.WriteLine($"  knowledge source {source}: {count} edge(s)");
        foreach (var (predicate, count) in report.UnknownPredicates)
        {
            var id = graph.Predicates.FirstOrDefault(p => p.Biolink.Predicate == predicate);
            var note = report.NonBiolinkPredicates.ContainsKey(predicate) ? "outside Biolink" : "Biolink";
            output.WriteLine($"  predicate {predicate} ({note}): {count} edge(s){(id is null ? "" : $", {(id.IsCausal ? "causal" : "not causal")}, sign {id.Sign.ToString().ToUpperInvariant()}")}");
        }
        foreach (var (kind, count) in report.NewKinds) output.WriteLine($"  kind {kind}: {count} node(s)");
        var causal = graph.CausalRelationCount;
        output.WriteLine($"  graph: {graph.Entities.Count} entities, {graph.Relations.Count} relations ({causal} causal), {graph.Predicates.Count} predicates, {graph.Kinds.Count} kinds");
    }
}
