namespace MechanismGraph.Api.Hosting;

/// <summary>
/// Kestrel's limits, set deliberately rather than left at defaults: small headers, short header and keep-alive
/// timeouts, a minimum body rate (slow-loris bodies are cut), and a 1 MiB default body size that endpoints lower
/// (GraphQL 64 KiB, MCP 256 KiB).
/// </summary>
internal static class ServerLimits
{
    /// <summary>Largest request body any endpoint accepts unless it sets its own (1 MiB).</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddServerLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var limits = kestrel.Limits;
            limits.MaxRequestBodySize = DefaultMaxBodyBytes;
            limits.MaxRequestHeadersTotalSize = 32 * 1024;
            limits.MaxRequestHeaderCount = 64;
            limits.MaxRequestLineSize = 16 * 1024;
            limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
            limits.MaxConcurrentConnections = 2_000;
            limits.MinRequestBodyDataRate = new(bytesPerSecond: 1024, gracePeriod: TimeSpan.FromSeconds(5));
            limits.MinResponseDataRate = new(bytesPerSecond: 1024, gracePeriod: TimeSpan.FromSeconds(10));
        });
        return builder;
    }
}
