using MechanismGraph.Composition;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.Hosting;

/// <summary>
/// Seeds the store from the configured graph when the service starts (<c>Seed:OnStartup=true</c>): the graph is loaded
/// before the service answers (invalid seed-data stops start-up), then written in the background so the service answers
/// meanwhile. Transient faults are retried by the store's own policy; a failure that outlasts it is logged.
/// </summary>
internal sealed class StartupSeeding(IGraphSeeder seeder, GraphSource source, ReasoningServices reasoning, ILogger<StartupSeeding> logger)
    : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _ = source.Graph; // loads and validates now: a CompositionException stops start-up
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var report = await seeder.SeedAsync(source.Graph, cancellationToken: stoppingToken);
            reasoning.Catalog.Invalidate(); // the vocabulary and labels may have changed
            logger.LogInformation(report.NothingChanged
                ? "The store already holds the seed graph ({Entities} entities, {Relations} relations): nothing changed"
                : "Seeded the store: {Entities} entities, {Relations} relations", report.Entities, report.Relations);
        }
        catch (StoreUnavailableException e)
        {
            logger.LogError("Seeding the store failed; it answers STORE_UNAVAILABLE or serves what it held before: {Reason}", e.Message);
        }
    }
}
