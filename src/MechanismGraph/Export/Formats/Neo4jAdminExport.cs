using MechanismGraph.Reasoning;

namespace MechanismGraph.Export.Formats;

/// <summary>CSV files for <c>neo4j-admin database import full</c>: a header and a data file per label and for RELATES, one .tar.gz for all.</summary>
internal sealed class Neo4jAdminExport : IGraphExporter
{
    private const string CsvMediaType = "text/csv; charset=utf-8";

    public string Id => "neo4j-admin";
    public string Description => "CSV for neo4j-admin database import full (header and data files per label; one .tar.gz for all)";
    public string MediaType => "application/gzip";
    public string FileName => "mechanism-graph.neo4j-admin.tar.gz";
    public string FileExtension => ".tar.gz";
    public bool Compressible => false; // gzip already

    public IReadOnlyList<ExportPart> Parts { get; } = Neo4jAdminExporter.Files.SelectMany(f => new ExportPart[]
    {
        new(f.HeaderFile, CsvMediaType, Compressible: true, (reasoning, stream, ct) => ExportText.WriteAsync(stream, (w, t) => new Neo4jAdminExporter(reasoning).WriteHeaderAsync(f, w, t), ct)),
        new(f.DataFile, CsvMediaType, Compressible: true, (reasoning, stream, ct) => ExportText.WriteAsync(stream, (w, t) => new Neo4jAdminExporter(reasoning).WriteDataAsync(f, w, t), ct)),
    }).ToArray();

    public Task WriteAsync(ReasoningServices reasoning, Stream stream, CancellationToken cancellationToken)
    {
        var exporter = new Neo4jAdminExporter(reasoning);
        return TarGzArchive.WriteAsync(stream, Neo4jAdminExporter.Files.SelectMany(f => new (string, Func<TextWriter, CancellationToken, Task>)[]
        {
            (f.HeaderFile, (w, t) => exporter.WriteHeaderAsync(f, w, t)),
            (f.DataFile, (w, t) => exporter.WriteDataAsync(f, w, t)),
        }).ToArray(), cancellationToken);
    }
}
