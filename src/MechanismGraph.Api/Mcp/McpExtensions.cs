using MechanismGraph.Mcp;

namespace MechanismGraph.Api.Mcp;

/// <summary>The MCP server for chatbots over Streamable HTTP at <c>/mcp</c>: the same tools as the CLI's stdio mode.</summary>
internal static class McpExtensions
{
    public const string Path = "/mcp";

    /// <summary>Largest MCP request body (256 KiB): tool arguments are short; a 5 MB search query is refused unread.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public static IHostApplicationBuilder AddMechanismGraphMcp(this IHostApplicationBuilder builder)
    {
        // Stateless: the tools only read, so no session needs keeping and any instance can answer any request.
        builder.Services.AddMechanismGraphMcp().WithHttpTransport(options => options.Stateless = true);
        return builder;
    }

    public static IEndpointRouteBuilder MapMechanismGraphMcp(this IEndpointRouteBuilder app)
    {
        app.MapMcp(Path).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes));
        return app;
    }
}
