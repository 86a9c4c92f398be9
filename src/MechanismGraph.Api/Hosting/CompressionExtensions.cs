using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace MechanismGraph.Api.Hosting;

/// <summary>Brotli or gzip for clients that ask: the playground and explorer bundles shrink to about a third.</summary>
internal static class CompressionExtensions
{
    public static IHostApplicationBuilder AddCompression(this IHostApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // responses carry no secrets that a BREACH-style attack could recover
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/graphql-response+json", "text/tab-separated-values", "application/jsonl", "application/graphml+xml"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }

    public static WebApplication UseCompression(this WebApplication app)
    {
        app.UseResponseCompression();
        return app;
    }
}
