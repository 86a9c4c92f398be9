namespace MechanismGraph.Import;

/// <summary>One import loaded into the running graph: which files, and what its report says.</summary>
/// <param name="Index">Its position among the configured imports (<c>Graph:Imports:N</c>).</param>
public sealed record ImportSource(int Index, IReadOnlyList<string> Files, ImportReport Report)
{
    /// <summary>"graph.tar.gz: 47031 nodes, 765796 edges from infores:hetionet; 0 rows skipped; 2 predicates outside Biolink".</summary>
    public string Summary =>
        $"{string.Join(", ", Files)}: {Report.Nodes} nodes, {Report.Edges} edges from {string.Join(", ", Report.KnowledgeSources.Keys.DefaultIfEmpty("no source"))}; " +
        $"{Report.Skipped} row(s) skipped{(Report.Problems.Count > 0 ? $" (first: {Report.Problems[0]})" : "")}; " +
        $"{Report.WarningCount} warning(s); predicates outside Biolink: {(Report.NonBiolinkPredicates.Count == 0 ? "none" : string.Join(", ", Report.NonBiolinkPredicates.Keys))}";
}
