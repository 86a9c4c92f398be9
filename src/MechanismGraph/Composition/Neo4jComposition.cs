using MechanismGraph.Storage;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Composition;

/// <summary>
/// The Neo4j store: <c>Neo4j:Url</c>, <c>Database</c>, <c>User</c>, <c>Password</c> or <c>BearerToken</c> (from environment
/// variables such as <c>Neo4j__Password</c> or user secrets, never committed), <c>RequestTimeout</c>, <c>MaxRetries</c>.
/// The store and its seeder share one query client, whose HttpClient comes from the HttpClient factory.
/// </summary>
internal static class Neo4jComposition
{
    public const string Section = "Neo4j";

    /// <summary>The name of the factory-made HttpClient that talks to Neo4j.</summary>
    public const string HttpClientName = "neo4j";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var options = Settings.Bind<Neo4jConnectionOptions>(configuration, Section);
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new CompositionException($"Neo4j settings are invalid: {e.Message}");
        }
        services.AddSingleton(options);
        services.AddHttpClient(HttpClientName);
        services.AddSingleton(sp => new Neo4jQueryClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), options));
        services.AddSingleton(sp => new Neo4jGraphStore(sp.GetRequiredService<Neo4jQueryClient>()));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IGraphSeeder>(sp => new Neo4jSeeder(sp.GetRequiredService<Neo4jQueryClient>()));
    }
}
