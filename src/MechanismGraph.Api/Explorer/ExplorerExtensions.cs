namespace MechanismGraph.Api.Explorer;

/// <summary>
/// <c>GET /explorer</c>: the visual explorer page (wwwroot/explorer/index.html). Its scripts, styles and vendored
/// cytoscape/dagre are plain static files under /explorer/ and talk to /graphql; nothing is loaded from elsewhere.
/// </summary>
internal static class ExplorerExtensions
{
    public const string Path = "/explorer";
    private const string Page = "explorer/index.html";

    /// <summary>Same-origin only, no inline script or style: the page and its libraries need nothing more.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder app)
    {
        // Routing ignores a trailing slash: this serves /explorer and /explorer/ alike.
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], ServeAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task ServeAsync(HttpContext http, IWebHostEnvironment environment)
    {
        var page = environment.WebRootFileProvider.GetFileInfo(Page);
        if (!page.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync("The explorer assets are missing from wwwroot/explorer.");
            return;
        }
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.ContentLength = page.Length;
        if (HttpMethods.IsHead(http.Request.Method)) return;
        await using var stream = page.CreateReadStream();
        await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
