using MechanismGraph.Reasoning;

namespace MechanismGraph.Export.Formats;

/// <summary>Biolink KGX TSV: a nodes table and an edges table, served one at a time or together as a .tar.gz.</summary>
internal sealed class KgxExport : IGraphExporter
{
    private const string TsvMediaType = "text/tab-separated-values; charset=utf-8";

    public string Id => "kgx";
    public string Description => "Biolink KGX TSV (nodes.tsv and edges.tsv; one .tar.gz for both)";
    public string MediaType => "application/gzip";
    public string FileName => KgxArchive.FileName;
    public string FileExtension => ".tar.gz";
    public bool Compressible => false; // gzip already

    public IReadOnlyList<ExportPart> Parts { get; } =
    [
        new(KgxExporter.NodesFile, TsvMediaType, Compressible: true, (reasoning, stream, ct) => ExportText.WriteAsync(stream, new KgxExporter(reasoning).WriteNodesAsync, ct)),
        new(KgxExporter.EdgesFile, TsvMediaType, Compressible: true, (reasoning, stream, ct) => ExportText.WriteAsync(stream, new KgxExporter(reasoning).WriteEdgesAsync, ct)),
    ];

    public Task WriteAsync(ReasoningServices reasoning, Stream stream, CancellationToken cancellationToken) =>
        KgxArchive.WriteAsync(new KgxExporter(reasoning), stream, cancellationToken);
}
