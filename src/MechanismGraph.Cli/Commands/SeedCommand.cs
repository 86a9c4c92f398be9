using System.CommandLine;

namespace MechanismGraph.Cli.Commands;

/// <summary><c>seed --neo4j URL [seed-data]</c>: validates seed-data, then writes it into Neo4j in one transaction.</summary>
internal static class SeedCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = SeedFolder.Argument();
        var neo4j = new Neo4jTarget(required: true);
        var command = new Command("seed", "Validate seed-data, then create Neo4j constraints and write every item with UNWIND + MERGE in one transaction (all or nothing, idempotent).")
        {
            folder,
        };
        foreach (var option in neo4j.Options) command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (SeedGraph.Load(parse.GetValue(folder), error) is not { } graph) return 1; // invalid seed-data: nothing is sent
            return await neo4j.WriteAsync(parse, graph, output, error, cancellationToken);
        });
        return command;
    }
}
