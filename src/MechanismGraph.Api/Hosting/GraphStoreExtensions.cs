using MechanismGraph.Reasoning;
using MechanismGraph.Seed;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Api.Hosting;

/// <summary>Chooses the store from configuration (<c>Graph:Store</c>, default Embedded) and registers the reasoning services over it.</summary>
internal static class GraphStoreExtensions
{
    public static IHostApplicationBuilder AddMechanismGraphStore(this IHostApplicationBuilder builder)
    {
        var options = Settings.Bind<GraphOptions>(builder.Configuration, GraphOptions.Section);
        switch (options.Store)
        {
            case GraphStoreKind.Embedded:
                var store = new EmbeddedGraphStore(LoadSeedData(options, builder.Environment.ContentRootPath));
                builder.Services.AddSingleton<IGraphStore>(store);
                break;
            case GraphStoreKind.Neo4j:
                builder.AddNeo4jStore(options);
                break;
            default:
                throw new StartupException($"Graph:Store '{options.Store}' is not supported; use Embedded or Neo4j");
        }
        builder.Services.AddSingleton(sp => new ReasoningServices(sp.GetRequiredService<IGraphStore>()));
        return builder;
    }

    /// <summary>Validates and loads seed-data; an invalid folder stops start-up with every problem listed.</summary>
    public static Graph.KnowledgeGraph LoadSeedData(GraphOptions options, string contentRoot)
    {
        var directory = options.SeedData is { } configured
            ? Path.GetFullPath(configured, contentRoot)
            : SeedLoader.FindDefaultDirectory() ?? throw new StartupException("No seed-data folder found; set Graph:SeedData to its path.");
        var result = SeedLoader.Load(directory);
        if (result.Graph is null)
            throw new StartupException($"seed-data at {directory} is invalid ({result.Problems.Count} problem(s)):{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", result.Problems));
        return result.Graph;
    }
}
