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

    /// <summary>Worker threads the pool keeps ready (64), so CPU-bound heavy requests cannot starve the cheap ones of a thread.</summary>
    public const int MinWorkerThreads = 64;

    public static WebApplicationBuilder AddServerLimits(this WebApplicationBuilder builder)
    {
        // The pool otherwise starts with one thread per core and adds about two a second: on 2 cores a few path searches
        // that compute synchronously would make /health and cheap lookups wait seconds for a thread.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, MinWorkerThreads), io);
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
