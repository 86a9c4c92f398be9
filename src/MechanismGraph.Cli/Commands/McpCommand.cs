using System.CommandLine;
using MechanismGraph.Composition;
using MechanismGraph.Mcp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MechanismGraph.Cli.Commands;

/// <summary><c>mcp [--store …] [seed-data]</c>: the MCP server over stdio for desktop LLM clients; standard output carries only the protocol.</summary>
internal static class McpCommand
{
    public static Command Create(TextWriter error)
    {
        var folder = SeedFolder.Argument();
        var store = new StoreOptions();
        var command = store.Command("mcp", "Serve the graph, from either store, to a desktop LLM client over MCP (stdio): search_entities, get_entity, trace_pathways, explain_effect, get_facts. Logs go to standard error.", folder);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            // Any byte on standard output that is not protocol would break the client, so every log goes to standard error.
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddMechanismGraphStore(store.Configuration(parse, parse.GetValue(folder)), Directory.GetCurrentDirectory());
            builder.Services.AddMechanismGraphMcp().WithStdioServerTransport();
            await builder.Build().RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
