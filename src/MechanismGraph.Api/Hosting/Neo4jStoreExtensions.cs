using MechanismGraph.Reasoning;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Api.Hosting;

/// <summary>
/// The Neo4j store: <c>Neo4j:Url</c>, <c>Neo4j:Database</c>, <c>Neo4j:User</c>, <c>Neo4j:Password</c> (from environment
/// variables such as <c>Neo4j__Password</c> or user secrets, never committed), and <c>Seed:OnStartup</c>.
/// </summary>
internal static class Neo4jStoreExtensions
{
    public static IHostApplicationBuilder AddNeo4jStore(this IHostApplicationBuilder builder, GraphOptions graph, Import.ImportSources sources)
    {
        var options = Settings.Bind<Neo4jConnectionOptions>(builder.Configuration, "Neo4j");
        Neo4jGraphStore store;
        try
        {
            store = new Neo4jGraphStore(new HttpClient(), options);
        }
        catch (ArgumentException e)
        {
            throw new StartupException($"Neo4j settings are invalid: {e.Message}");
        }
        builder.Services.AddSingleton<IGraphStore>(store);
        builder.Services.AddSingleton(store);
        if (builder.Configuration.GetValue<bool>("Seed:OnStartup"))
        {
            var seedGraph = GraphStoreExtensions.LoadGraph(graph, builder.Environment.ContentRootPath, sources); // invalid seed-data or imports stop start-up here
            builder.Services.AddHostedService(sp => new Neo4jStartupSeeding(
                new Neo4jSeeder(store), seedGraph, sp.GetRequiredService<ReasoningServices>(), sp.GetRequiredService<ILogger<Neo4jStartupSeeding>>()));
        }
        return builder;
    }
}
