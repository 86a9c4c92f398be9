namespace MechanismGraph.Export;

/// <summary>
/// Both KGX tables in one <c>.tar.gz</c>, named as KGX's own TSV sink names them (<c>mechanism-graph_nodes.tsv</c>,
/// <c>mechanism-graph_edges.tsv</c>): what <c>kgx transform --input-compression tar.gz</c> and KG-Hub loaders read.
/// </summary>
public static class KgxArchive
{
    public const string FileName = "mechanism-graph.kgx.tar.gz";
    public const string NodesEntry = "mechanism-graph_nodes.tsv";
    public const string EdgesEntry = "mechanism-graph_edges.tsv";

    /// <summary>Streams the archive (<see cref="TarGzArchive"/>: each table is written twice, to count its bytes, then into the archive).</summary>
    public static Task WriteAsync(KgxExporter kgx, Stream output, CancellationToken cancellationToken = default) =>
        TarGzArchive.WriteAsync(output, [(NodesEntry, kgx.WriteNodesAsync), (EdgesEntry, kgx.WriteEdgesAsync)], cancellationToken);
}
