using MechanismGraph.Graph;

namespace MechanismGraph.Import;

/// <summary>
/// Imports Biolink KGX TSV graphs (the columns <see cref="Export.KgxExporter"/> writes, and the KGX core columns other
/// tools write) on top of the curated seed graph, all or nothing: any bad row fails the import unless
/// <see cref="KgxImportOptions.SkipInvalid"/> is set. See <c>docs/import.md</c> for the mapping rules.
/// </summary>
public static class KgxImporter
{
    /// <summary>
    /// Reads the mapping files, then every nodes table, then every edges table (so an edges file may use the nodes of
    /// any file, their equivalents, and the seed graph's CURIEs).
    /// </summary>
    public static KgxImportResult Import(KnowledgeGraph seed, IReadOnlyList<KgxFiles> files, KgxImportOptions? options = null)
    {
        var session = new ImportSession(seed, options ?? new KgxImportOptions());
        foreach (var mapping in (options ?? new KgxImportOptions()).Mappings) session.ReadMappings(mapping);
        foreach (var pair in files) session.ReadNodes(pair.Nodes);
        session.BuildEntities();
        foreach (var pair in files) session.ReadEdges(pair.Edges);
        return session.Finish();
    }
}
