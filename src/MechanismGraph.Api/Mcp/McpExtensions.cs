using MechanismGraph.Mcp;

namespace MechanismGraph.Api.Mcp;

/// <summary>The MCP server for chatbots over Streamable HTTP at <c>/mcp</c>: the same tools as the CLI's stdio mode.</summary>
internal static class McpExtensions
{
    public const string Path = "/mcp";

    public static IHostApplicationBuilder AddMechanismGraphMcp(this IHostApplicationBuilder builder)
    {
        // Stateless: the tools only read, so no session needs keeping and any instance can answer any request.
        builder.Services.AddMechanismGraphMcp().WithHttpTransport(options => options.Stateless = true);
        return builder;
    }

    public static IEndpointRouteBuilder MapMechanismGraphMcp(this IEndpointRouteBuilder app)
    {
        app.MapMcp(Path);
        return app;
    }
}
