namespace MechanismGraph.Api.Playground;

/// <summary>Serves the vendored, offline playground assets under /playground (no CDN); GET /graphql from a browser serves its page.</summary>
internal static class PlaygroundExtensions
{
    public static WebApplication UsePlaygroundAssets(this WebApplication app)
    {
        app.UseStaticFiles();
        return app;
    }
}
