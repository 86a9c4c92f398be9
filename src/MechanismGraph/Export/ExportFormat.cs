namespace MechanismGraph.Export;

/// <summary>The standard formats the graph is exported in (see <see cref="ExportFormats"/> for names and media types).</summary>
public enum ExportFormat
{
    /// <summary>Biolink KGX TSV: a nodes table and an edges table.</summary>
    Kgx,
    /// <summary>JSON Lines: one citation-ready fact per line.</summary>
    Jsonl,
    /// <summary>GraphML, for Cytoscape desktop and Gephi.</summary>
    Graphml,
}
