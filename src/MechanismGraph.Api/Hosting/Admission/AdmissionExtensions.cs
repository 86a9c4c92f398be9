using System.Net;
using System.Threading.RateLimiting;
using MechanismGraph.Api.Mcp;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.Hosting.Admission;

/// <summary>Admission control: per-client rate limits, and concurrency lanes with short queues for GraphQL and MCP.</summary>
internal static class AdmissionExtensions
{
    public static IHostApplicationBuilder AddAdmission(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdmissionOptions>().Bind(builder.Configuration.GetSection(AdmissionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ExecutionAdmission>();
        var rate = MechanismGraph.Composition.Settings.Bind<RateLimitOptions>(builder.Configuration, RateLimitOptions.Section);
        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, rate));
            o.OnRejected = (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                return new ValueTask(Refusals.WriteAsync(context.HttpContext, ErrorCodes.RateLimited, retryAfter,
                    $"Too many requests from this client; at most {rate.PermitsPerSecond} per second are accepted. Retry after {retryAfter} s."));
            };
        });
        return builder;
    }

    public static WebApplication UseAdmission(this WebApplication app)
    {
        app.UseRateLimiter();
        // Every MCP call is heavy: tool calls run path searches, and the transport cannot say which call a body holds before reading it.
        app.UseWhen(http => http.Request.Path.StartsWithSegments(McpExtensions.Path) && HttpMethods.IsPost(http.Request.Method), lane => lane.Use(McpRequestGuard.InvokeAsync).Use(async (http, next) =>
        {
            var admission = http.RequestServices.GetRequiredService<ExecutionAdmission>();
            using var lease = await admission.AcquireAsync(heavy: true, http.RequestAborted);
            if (!lease.IsAcquired)
            {
                await Refusals.WriteAsync(http, ErrorCodes.Overloaded, admission.RetryAfterSeconds, Refusals.OverloadedMessage);
                return;
            }
            await next(http);
        }));
        return app;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions rate)
    {
        var address = http.Connection.RemoteIpAddress;
        // In-process test hosts have no address; health checks must answer whatever a client has spent.
        var exempt = !rate.Enabled || http.Request.Path.StartsWithSegments("/health")
            || ((address is null || IPAddress.IsLoopback(address)) && !rate.LimitLoopback);
        if (exempt) return RateLimitPartition.GetNoLimiter("exempt");
        return RateLimitPartition.GetTokenBucketLimiter(address?.ToString() ?? "local", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = rate.Burst,
            TokensPerPeriod = rate.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
