using MechanismGraph.Graph;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j;

namespace MechanismGraph.Api.Hosting;

/// <summary>
/// Seeds Neo4j from seed-data when the service starts (<c>Seed:OnStartup=true</c>), in the background so the
/// service answers meanwhile (with STORE_UNAVAILABLE while Neo4j is down), retrying until Neo4j is reachable.
/// </summary>
internal sealed class Neo4jStartupSeeding(Neo4jSeeder seeder, KnowledgeGraph graph, ReasoningServices reasoning, ILogger<Neo4jStartupSeeding> logger)
    : BackgroundService
{
    /// <summary>Longest wait between two seeding attempts (30 s).</summary>
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var report = await seeder.SeedAsync(graph, cancellationToken: stoppingToken);
                reasoning.Catalog.Invalidate(); // the vocabulary and labels may have changed
                logger.LogInformation(report.NothingChanged
                    ? "Neo4j already holds the seed graph ({Entities} entities, {Relations} relations): nothing changed"
                    : "Seeded Neo4j: {Entities} entities, {Relations} relations", report.Entities, report.Relations);
                return;
            }
            catch (StoreUnavailableException e)
            {
                logger.LogWarning("Seeding Neo4j failed, retrying in {Delay}: {Reason}", delay, e.Message);
            }
            await Task.Delay(delay, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }
}
