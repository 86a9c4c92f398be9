using MechanismGraph.Graph;

namespace MechanismGraph.Import;

/// <summary>
/// Imports Biolink KGX TSV graphs (the columns <see cref="Export.KgxExporter"/> writes, and the KGX core columns other
/// tools write) on top of the curated seed graph, all or nothing: any bad row fails the import unless
/// <see cref="KgxImportOptions.SkipInvalid"/> is set. See <c>docs/import.md</c> for the mapping rules.
/// </summary>
public static class KgxImporter
{
    /// <summary>Reads each pair of files in order (an edges file may use nodes of earlier files and the seed graph's CURIEs).</summary>
    public static KgxImportResult Import(KnowledgeGraph seed, IReadOnlyList<KgxFiles> files, KgxImportOptions? options = null)
    {
        var session = new ImportSession(seed, options ?? new KgxImportOptions());
        foreach (var pair in files)
        {
            session.ReadNodes(pair.Nodes);
            session.ReadEdges(pair.Edges);
        }
        return session.Finish();
    }
}
