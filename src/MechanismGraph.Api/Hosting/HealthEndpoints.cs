using MechanismGraph.Import;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.Hosting;

/// <summary><c>GET /health</c>: the store in use and what it holds; 503 when the store cannot answer.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (IGraphStore store, ImportSources sources, CancellationToken ct) =>
        {
            try
            {
                var counts = await store.CountsAsync(ct);
                var imports = sources.All.Select(s => new
                {
                    files = s.Files, knowledgeSources = s.Report.KnowledgeSources, nodes = s.Report.Nodes, edges = s.Report.Edges,
                    skipped = s.Report.Skipped, firstSkipped = s.Report.Problems.Take(5).Select(p => p.ToString()), warnings = s.Report.WarningCount,
                    predicatesOutsideBiolink = s.Report.NonBiolinkPredicates,
                });
                return Results.Json(new { status = "healthy", store = store.Name, counts, imports });
            }
            catch (StoreUnavailableException e)
            {
                return Results.Json(new { status = "unhealthy", store = store.Name, code = "STORE_UNAVAILABLE", error = e.Message },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
