using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Composition;

/// <summary>The embedded store over the configured graph, loaded here so invalid seed-data or imports fail at once.</summary>
internal static class EmbeddedComposition
{
    public static void Add(IServiceCollection services, GraphSource source)
    {
        var store = new EmbeddedGraphStore(source.Graph);
        services.AddSingleton(store);
        services.AddSingleton<IGraphStore>(store);
        services.AddSingleton<IGraphSeeder>(new EmbeddedGraphSeeder(store));
    }
}
