using MechanismGraph.Reasoning;

namespace MechanismGraph.Export.Formats;

/// <summary>GraphML for Cytoscape desktop and Gephi (see <see cref="GraphmlExporter"/>).</summary>
internal sealed class GraphmlExport : IGraphExporter
{
    public string Id => "graphml";
    public string Description => "GraphML, for Cytoscape desktop and Gephi";
    public string MediaType => "application/graphml+xml; charset=utf-8";
    public string FileName => "mechanism-graph.graphml";
    public string FileExtension => ".graphml";
    public bool Compressible => true;
    public IReadOnlyList<ExportPart> Parts => [];

    public Task WriteAsync(ReasoningServices reasoning, Stream stream, CancellationToken cancellationToken) =>
        ExportText.WriteAsync(stream, new GraphmlExporter(reasoning).WriteAsync, cancellationToken);
}
