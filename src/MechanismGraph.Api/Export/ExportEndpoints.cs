using MechanismGraph.Api.Hosting;
using MechanismGraph.Export;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.Export;

/// <summary>
/// <c>GET /export/{format}</c> streams a whole-graph export (KGX as a .tar.gz of both tables); <c>GET /export/kgx/nodes.tsv</c>
/// and <c>/export/kgx/edges.tsv</c> serve the KGX tables one at a time; <c>GET /export</c> lists them.
/// </summary>
internal static class ExportEndpoints
{
    public const string Path = "/export";
    private const string TsvMediaType = "text/tab-separated-values; charset=utf-8";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, () => Results.Json(new
        {
            formats = ExportFormats.All.Select(f => new
            {
                name = ExportFormats.NameOf(f),
                url = $"{Path}/{ExportFormats.NameOf(f)}",
                mediaType = ExportFormats.MediaTypeOf(f),
                fileName = ExportFormats.FileNameOf(f),
            }),
            kgxTables = new[] { $"{Path}/kgx/{KgxExporter.NodesFile}", $"{Path}/kgx/{KgxExporter.EdgesFile}" },
        }));
        app.MapGet($"{Path}/{{format}}", (string format, ReasoningServices reasoning, HttpContext http) =>
            !ExportFormats.TryParse(format, out var parsed)
                ? UnknownFormat(format)
                : Results.Stream(s => WriteAsync(parsed, reasoning, s, http.RequestAborted), ExportFormats.MediaTypeOf(parsed), ExportFormats.FileNameOf(parsed)));
        app.MapGet($"{Path}/kgx/{{table}}", (string table, ReasoningServices reasoning, HttpContext http) => table switch
        {
            KgxExporter.NodesFile => Results.Stream(s => ExportText.WriteAsync(s, new KgxExporter(reasoning).WriteNodesAsync, http.RequestAborted), TsvMediaType, KgxExporter.NodesFile),
            KgxExporter.EdgesFile => Results.Stream(s => ExportText.WriteAsync(s, new KgxExporter(reasoning).WriteEdgesAsync, http.RequestAborted), TsvMediaType, KgxExporter.EdgesFile),
            _ => Problems.Of(new ClientError(ErrorCodes.NotFound, $"Unknown KGX table '{table}'; tables: {KgxExporter.NodesFile}, {KgxExporter.EdgesFile}",
                new Dictionary<string, object> { ["argument"] = "table", ["suggestions"] = new[] { KgxExporter.NodesFile, KgxExporter.EdgesFile } })),
        });
        return app;
    }

    private static Task WriteAsync(ExportFormat format, ReasoningServices reasoning, Stream stream, CancellationToken cancellationToken) => format switch
    {
        ExportFormat.Kgx => KgxArchive.WriteAsync(new KgxExporter(reasoning), stream, cancellationToken),
        ExportFormat.Jsonl => ExportText.WriteAsync(stream, new JsonlExporter(reasoning).WriteAsync, cancellationToken),
        _ => ExportText.WriteAsync(stream, new GraphmlExporter(reasoning).WriteAsync, cancellationToken),
    };

    private static IResult UnknownFormat(string format) => Problems.Of(new ClientError(ErrorCodes.NotFound, ExportFormats.UnknownMessage(format),
        new Dictionary<string, object> { ["argument"] = "format", ["formats"] = ExportFormats.Names }));
}
