using MechanismGraph.Reasoning;

namespace MechanismGraph.Export.Formats;

/// <summary>JSON Lines: one citation-ready fact per line (see <see cref="JsonlExporter"/>).</summary>
internal sealed class JsonlExport : IGraphExporter
{
    public string Id => "jsonl";
    public string Description => "JSON Lines, one citation-ready fact per line";
    public string MediaType => "application/jsonl; charset=utf-8";
    public string FileName => "mechanism-graph.jsonl";
    public string FileExtension => ".jsonl";
    public bool Compressible => true;
    public IReadOnlyList<ExportPart> Parts => [];

    public Task WriteAsync(ReasoningServices reasoning, Stream stream, CancellationToken cancellationToken) =>
        ExportText.WriteAsync(stream, new JsonlExporter(reasoning).WriteAsync, cancellationToken);
}
