using MechanismGraph.Import;

namespace MechanismGraph.Api.Hosting;

/// <summary>One import as <c>GET /health</c> lists it (the same facts as the GraphQL <c>sources</c> query).</summary>
internal sealed record HealthImport(
    IReadOnlyList<string> Files, IReadOnlyDictionary<string, int> KnowledgeSources, int Nodes, int Edges, int Skipped,
    IReadOnlyList<string> FirstSkipped, int Warnings, IReadOnlyDictionary<string, int> PredicatesOutsideBiolink)
{
    public static HealthImport Of(ImportSource source) => new(
        source.Files, source.Report.KnowledgeSources, source.Report.Nodes, source.Report.Edges, source.Report.Skipped,
        source.Report.Problems.Take(5).Select(p => p.ToString()).ToArray(), source.Report.WarningCount, source.Report.NonBiolinkPredicates);
}
