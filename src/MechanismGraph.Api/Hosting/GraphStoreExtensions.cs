using MechanismGraph.Composition;

namespace MechanismGraph.Api.Hosting;

/// <summary>The store from the one composition (<see cref="StoreComposition"/>), and seeding on start-up when <c>Seed:OnStartup</c> is set.</summary>
internal static class GraphStoreExtensions
{
    public static IHostApplicationBuilder AddMechanismGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMechanismGraphStore(builder.Configuration, builder.Environment.ContentRootPath);
        if (builder.Configuration.GetValue<bool>("Seed:OnStartup"))
            builder.Services.AddHostedService<StartupSeeding>();
        return builder;
    }
}
