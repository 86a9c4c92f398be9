using MechanismGraph.Reasoning;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.Hosting;

/// <summary><c>GET /health</c>: the store in use and what it holds; a 503 problem (code STORE_UNAVAILABLE) when the store cannot answer.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (IGraphStore store, HttpContext http, CancellationToken ct) =>
        {
            try
            {
                return (IResult)TypedResults.Ok(new HealthReport("healthy", store.Name, await store.CountsAsync(ct)));
            }
            catch (StoreUnavailableException e)
            {
                var error = ErrorMapper.Map(e, clientCancelled: false, http.TraceIdentifier);
                return Problems.Of(error, new Dictionary<string, object> { ["health"] = "unhealthy", ["store"] = store.Name });
            }
        });
        return app;
    }
}
