using MechanismGraph.Graph;
using MechanismGraph.Import;
using MechanismGraph.Model;

namespace MechanismGraph.Cli.Commands;

/// <summary>The import report as the CLI prints it.</summary>
internal static class ImportReportText
{
    public static void Write(TextWriter output, ImportReport report, KnowledgeGraph graph, TimeSpan elapsed)
    {
        output.WriteLine($"Imported in {elapsed.TotalSeconds:0.00} s (managed heap {GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024):0.0} MB):");
        output.WriteLine($"  nodes: {report.Nodes} imported, {report.MergedNodes} merged into curated entities");
        output.WriteLine($"  edges: {report.Edges} imported, {report.MergedEdges} merged into curated relations");
        output.WriteLine($"  skipped: {report.Skipped} bad row(s)");
        foreach (var problem in report.Problems.Take(20)) output.WriteLine($"    {problem}");
        if (report.Skipped > 20) output.WriteLine($"    … and {report.Skipped - 20} more");
        foreach (var (predicate, count) in report.UnknownPredicates)
            output.WriteLine($"  unknown predicate {predicate}: {count} edge(s), imported with sign UNKNOWN");
        foreach (var (category, count) in report.NewKinds)
            output.WriteLine($"  new kind for {category}: {count} node(s)");
        var causal = graph.Relations.Count(r => graph.SignOf(r) != Sign.None);
        output.WriteLine($"  graph: {graph.Entities.Count} entities, {graph.Relations.Count} relations ({causal} causal), {graph.Predicates.Count} predicates, {graph.Kinds.Count} kinds");
    }
}
