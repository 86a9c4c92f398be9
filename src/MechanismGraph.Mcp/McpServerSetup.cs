using MechanismGraph.Mcp.Rendering;
using MechanismGraph.Mcp.Tools;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;

namespace MechanismGraph.Mcp;

/// <summary>Registers MechanismGraph's MCP server and tools; the host adds the transport (HTTP in the API, stdio in the CLI).</summary>
public static class McpServerSetup
{
    public const string ServerName = "mechanism-graph";

    /// <summary>Adds the server and its tools. The host must register <c>ReasoningServices</c>.</summary>
    public static IMcpServerBuilder AddMechanismGraphMcp(this IServiceCollection services) =>
        services
            .AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation
                {
                    Name = ServerName,
                    Title = "MechanismGraph",
                    Version = typeof(McpServerSetup).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
                };
                options.ServerInstructions =
                    "Curated mechanism graph (first document: how ketamine acts on glutamate signalling). Ground names with " +
                    "search_entities, then use trace_pathways, explain_effect, get_entity or get_facts. Every statement carries " +
                    "verbatim evidence quotes with a document id and character offsets: cite them rather than paraphrasing.";
            })
            .WithTools<MechanismGraphTools>(ToolOutput.Json)
            .WithRequestFilters(filters => filters.AddCallToolFilter(ArgumentCheck.Filter));
}
