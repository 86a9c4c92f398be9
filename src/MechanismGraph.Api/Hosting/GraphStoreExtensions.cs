using MechanismGraph.Composition;

namespace MechanismGraph.Api.Hosting;

/// <summary>The store from the one composition (<see cref="StoreComposition"/>), seeding on start-up when <c>Seed:OnStartup</c> is set, and the imports logged.</summary>
internal static class GraphStoreExtensions
{
    public static IHostApplicationBuilder AddMechanismGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMechanismGraphStore(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddHostedService<ImportSourcesLogging>();
        if (builder.Configuration.GetValue<bool>("Seed:OnStartup"))
            builder.Services.AddHostedService<StartupSeeding>();
        return builder;
    }
}
