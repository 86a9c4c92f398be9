using MechanismGraph.Storage;

namespace MechanismGraph.Api.Hosting;

/// <summary><c>GET /health</c>: the store in use and what it holds; 503 when the store cannot answer.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (IGraphStore store, CancellationToken ct) =>
        {
            try
            {
                var counts = await store.CountsAsync(ct);
                return Results.Json(new { status = "healthy", store = store.Name, counts });
            }
            catch (StoreUnavailableException e)
            {
                return Results.Json(new { status = "unhealthy", store = store.Name, code = "STORE_UNAVAILABLE", error = e.Message },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            catch (StoreMisconfiguredException e)
            {
                return Results.Json(new { status = "unhealthy", store = store.Name, code = "STORE_MISCONFIGURED", error = e.Message },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
