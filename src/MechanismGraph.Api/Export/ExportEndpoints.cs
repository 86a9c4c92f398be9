using MechanismGraph.Api.Hosting;
using MechanismGraph.Export;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.Export;

/// <summary>
/// <c>GET /export/{format}</c> streams a whole-graph export in the single-file form of any registered format (KGX as a
/// .tar.gz of both tables); <c>GET /export/{format}/{part}</c> serves one file of a multi-file format (the KGX tables);
/// <c>GET /export</c> lists them. Every format comes from the <see cref="GraphExporters"/> registry.
/// </summary>
internal static class ExportEndpoints
{
    public const string Path = "/export";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (GraphExporters exporters) => Results.Json(new
        {
            formats = exporters.All.Select(e => new
            {
                name = e.Id,
                url = $"{Path}/{e.Id}",
                mediaType = e.MediaType,
                fileName = e.FileName,
                description = e.Description,
                parts = e.Parts.Select(p => $"{Path}/{e.Id}/{p.FileName}"),
            }),
        }));
        app.MapGet($"{Path}/{{format}}", (string format, GraphExporters exporters, ReasoningServices reasoning, HttpContext http) =>
            exporters.Find(format) is not { } exporter
                ? UnknownFormat(exporters, format)
                : Results.Stream(s => exporter.WriteAsync(reasoning, s, http.RequestAborted), exporter.MediaType, exporter.FileName));
        app.MapGet($"{Path}/{{format}}/{{part}}", (string format, string part, GraphExporters exporters, ReasoningServices reasoning, HttpContext http) =>
        {
            if (exporters.Find(format) is not { } exporter) return UnknownFormat(exporters, format);
            var file = exporter.Parts.FirstOrDefault(p => p.FileName == part);
            var files = exporter.Parts.Select(p => p.FileName).ToArray();
            return file is null
                ? Problems.Of(new ClientError(ErrorCodes.NotFound, $"Unknown {exporter.Id} file '{part}'; files: {string.Join(", ", files)}",
                    new Dictionary<string, object> { ["argument"] = "part", ["suggestions"] = files }))
                : Results.Stream(s => file.WriteAsync(reasoning, s, http.RequestAborted), file.MediaType, file.FileName);
        });
        return app;
    }

    private static IResult UnknownFormat(GraphExporters exporters, string format) => Problems.Of(new ClientError(ErrorCodes.NotFound, exporters.UnknownMessage(format),
        new Dictionary<string, object> { ["argument"] = "format", ["formats"] = exporters.Names.ToArray() }));
}
