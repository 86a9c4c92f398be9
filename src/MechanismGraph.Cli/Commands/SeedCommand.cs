using System.CommandLine;
using MechanismGraph.Composition;
using MechanismGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Cli.Commands;

/// <summary><c>seed [--store neo4j --neo4j URL] [seed-data]</c>: validates seed-data, then writes it into the store.</summary>
internal static class SeedCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = SeedFolder.Argument();
        var store = new StoreOptions();
        var command = store.Command("seed", "Validate seed-data, then write it into the store: on Neo4j, constraints first and every item with UNWIND + MERGE in one transaction (all or nothing, idempotent).", folder);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = store.Compose(parse, parse.GetValue(folder));
            var graph = services.GetRequiredService<GraphSource>().Graph; // invalid seed-data: nothing is sent
            return await GraphWriter.WriteAsync(services.GetRequiredService<IGraphSeeder>(), services.GetRequiredService<IGraphStore>(), graph, output, error, cancellationToken);
        });
        return command;
    }
}
