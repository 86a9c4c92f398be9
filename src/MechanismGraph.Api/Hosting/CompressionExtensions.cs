using System.IO.Compression;
using MechanismGraph.Export;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace MechanismGraph.Api.Hosting;

/// <summary>Brotli or gzip for clients that ask: the playground and explorer bundles shrink to about a third.</summary>
internal static class CompressionExtensions
{
    public static IHostApplicationBuilder AddCompression(this IHostApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(o => o.EnableForHttps = true); // responses carry no secrets that a BREACH-style attack could recover
        // Export media types come from the exporter registry, so a new text format is compressed without an edit here.
        builder.Services.AddOptions<ResponseCompressionOptions>().Configure<GraphExporters>((o, exporters) =>
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("application/graphql-response+json").Concat(CompressibleMediaTypes(exporters)).Distinct());
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }

    private static IEnumerable<string> CompressibleMediaTypes(GraphExporters exporters) =>
        exporters.All.Where(e => e.Compressible).Select(e => e.MediaType)
            .Concat(exporters.All.SelectMany(e => e.Parts).Where(p => p.Compressible).Select(p => p.MediaType))
            .Select(mediaType => MediaTypeHeaderValue.Parse(mediaType).MediaType.ToString());

    public static WebApplication UseCompression(this WebApplication app)
    {
        app.UseResponseCompression();
        return app;
    }
}
