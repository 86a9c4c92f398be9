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
            // The relay answers non-JSON lines and keeps the server's input open until every request read was answered.
            var relay = new StdioRelay(Console.OpenStandardInput(), Console.OpenStandardOutput());
            builder.Services.AddMechanismGraphMcp().WithStreamServerTransport(relay.ServerInput, relay.ServerOutput);
            await relay.RunAsync(builder.Build().RunAsync(cancellationToken), cancellationToken);
            return 0;
        });
        return command;
    }
}
