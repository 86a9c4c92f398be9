using MechanismGraph.Export;
using MechanismGraph.Import;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Composition;

/// <summary>
/// The one store composition the API and every CLI command call: reads <c>Graph:*</c> (and <c>Neo4j:*</c>), registers
/// the chosen <see cref="IGraphStore"/> with its <see cref="IGraphSeeder"/>, the <see cref="GraphSource"/>, the
/// reasoning services and the exporter registry. Settings are checked here, so a bad one fails before the first request.
/// </summary>
public static class StoreComposition
{
    /// <param name="contentRoot">What relative paths in the settings (seed-data, imports) are relative to.</param>
    public static IServiceCollection AddMechanismGraphStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = Settings.Bind<GraphOptions>(configuration, GraphOptions.Section);
        var source = new GraphSource(options, contentRoot);
        services.AddSingleton(options);
        services.AddSingleton(source);
        // Listed only once loaded: asking must never load a graph the store does not serve (Neo4j without seeding).
        services.AddSingleton(new ImportSources(() => source.IsLoaded ? source.ImportReports : []));
        switch (options.Store)
        {
            case GraphStoreKind.Embedded:
                EmbeddedComposition.Add(services, source);
                break;
            case GraphStoreKind.Neo4j:
                Neo4jComposition.Add(services, configuration);
                break;
            default:
                throw new CompositionException($"Graph:Store '{options.Store}' is not supported; use {string.Join(" or ", Enum.GetNames<GraphStoreKind>())}.");
        }
        if (options.MaxPathExpansions is < 1_000 or > 100_000_000)
            throw new CompositionException($"Graph:MaxPathExpansions must be 1,000–100,000,000 (relations one path search may scan); it is {options.MaxPathExpansions:N0}.");
        services.AddSingleton(sp => new ReasoningServices(sp.GetRequiredService<IGraphStore>(), options.MaxPathExpansions));
        services.AddSingleton(GraphExporters.Default);
        return services;
    }
}
